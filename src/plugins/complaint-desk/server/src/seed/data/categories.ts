import type { CategorySeed } from './types';

/**
 * Complaint classification tree. The four roots are the four classification
 * schemes; every complaint can be classified in one or more schemes.
 * Codes are dot-separated paths of kebab-case segments and are unique
 * across the whole tree.
 */
export const CATEGORIES: CategorySeed[] = [
  // ---------------------------------------------------------------- general
  {
    code: 'general',
    scheme: 'general',
    area: 'service',
    name: {
      en: 'General classification',
      fa: 'طبقه‌بندی عمومی',
      ru: 'Общая классификация',
      zh: '通用分类',
    },
    description: {
      en: 'Simple everyday classification of complaints by subject, used when no other scheme is required.',
      fa: 'طبقه‌بندی ساده و روزمره شکایات بر اساس موضوع، برای زمانی که طرح طبقه‌بندی دیگری الزامی نیست.',
      ru: 'Простая повседневная классификация жалоб по теме; применяется, когда другая схема не требуется.',
      zh: '按主题对投诉进行的简单日常分类，适用于无需采用其他分类方案的情况。',
    },
    recourseText: {
      en: 'If you do not accept our final proposal, you may refer your complaint free of charge to the complaint service of the communications regulator or to the consumer protection organisation. You also keep the right to take the matter to the competent court.',
      fa: 'اگر پیشنهاد نهایی ما را نمی‌پذیرید، می‌توانید شکایت خود را به‌صورت رایگان به سامانه رسیدگی به شکایات نهاد تنظیم‌گر ارتباطات (رگولاتوری) یا سازمان حمایت از مصرف‌کنندگان ارجاع دهید. حق مراجعه به مرجع قضایی صالح نیز برای شما محفوظ است.',
      ru: 'Если вы не согласны с нашим окончательным предложением, вы можете бесплатно обратиться с жалобой в службу рассмотрения жалоб регулятора в сфере связи или в организацию по защите прав потребителей. За вами также сохраняется право обратиться в компетентный суд.',
      zh: '如您不接受我们的最终方案，可免费向通信监管机构的投诉受理部门或消费者权益保护组织投诉。您同时保留向有管辖权的法院起诉的权利。',
    },
    children: [
      {
        code: 'general.service-quality',
        scheme: 'general',
        area: 'service',
        name: {
          en: 'Service quality',
          fa: 'کیفیت خدمات',
          ru: 'Качество обслуживания',
          zh: '服务质量',
        },
        description: {
          en: 'Dissatisfaction with how a service is delivered: delays, staff behaviour, unclear information, promises not kept.',
          fa: 'نارضایتی از نحوه ارائه خدمات: تأخیر، رفتار کارکنان، اطلاعات مبهم، عمل نکردن به وعده‌ها.',
          ru: 'Недовольство тем, как оказывается услуга: задержки, поведение сотрудников, нечёткая информация, невыполненные обещания.',
          zh: '对服务提供方式不满意：延误、员工态度、信息不清、承诺未兑现。',
        },
      },
      {
        code: 'general.network-fault',
        scheme: 'general',
        area: 'network',
        name: {
          en: 'Network fault',
          fa: 'اختلال شبکه',
          ru: 'Неисправность сети',
          zh: '网络故障',
        },
        description: {
          en: 'Technical problems with the network: no signal, outages, slow or unstable connection, dropped calls.',
          fa: 'مشکلات فنی شبکه: نبود آنتن، قطعی، کندی یا ناپایداری اتصال، قطع شدن تماس‌ها.',
          ru: 'Технические проблемы сети: нет сигнала, отключения, медленное или нестабильное соединение, обрывы звонков.',
          zh: '网络技术问题：无信号、服务中断、连接缓慢或不稳定、通话掉线。',
        },
        children: [
          {
            code: 'general.network-fault.no-coverage',
            scheme: 'general',
            area: 'network',
            name: {
              en: 'No coverage',
              fa: 'نبود پوشش (آنتن‌دهی)',
              ru: 'Нет покрытия',
              zh: '无信号覆盖',
            },
            description: {
              en: 'No signal or a very weak signal at a place where coverage is expected.',
              fa: 'نبود آنتن یا آنتن‌دهی بسیار ضعیف در محلی که انتظار پوشش شبکه وجود دارد.',
              ru: 'Сигнал отсутствует или очень слабый там, где должно быть покрытие.',
              zh: '在应有网络覆盖的地点没有信号或信号极弱。',
            },
          },
          {
            code: 'general.network-fault.slow-data',
            scheme: 'general',
            area: 'network',
            name: {
              en: 'Slow data',
              fa: 'کندی اینترنت',
              ru: 'Низкая скорость интернета',
              zh: '网速慢',
            },
            description: {
              en: 'Internet speed is well below the advertised or contracted speed.',
              fa: 'سرعت اینترنت به‌مراتب کمتر از سرعت اعلام‌شده یا مندرج در قرارداد است.',
              ru: 'Скорость интернета значительно ниже заявленной или указанной в договоре.',
              zh: '网速明显低于宣传或合同约定的速度。',
            },
          },
          {
            code: 'general.network-fault.call-drops',
            scheme: 'general',
            area: 'network',
            name: {
              en: 'Dropped calls and voice quality',
              fa: 'قطع شدن تماس و کیفیت صدا',
              ru: 'Обрывы звонков и качество связи',
              zh: '掉话与通话质量',
            },
            description: {
              en: 'Calls are cut off, cannot be set up, or the voice is unclear.',
              fa: 'تماس‌ها قطع می‌شوند، برقرار نمی‌شوند یا صدا واضح نیست.',
              ru: 'Звонки обрываются, не проходят или собеседника плохо слышно.',
              zh: '通话中断、无法接通或声音不清晰。',
            },
          },
        ],
      },
      {
        code: 'general.billing',
        scheme: 'general',
        area: 'billing',
        claimMinValueTier: 3,
        name: {
          en: 'Billing',
          fa: 'صورتحساب و پرداخت',
          ru: 'Счета и оплата',
          zh: '账单与计费',
        },
        description: {
          en: 'Questions and disputes about bills, charges, payments and refunds.',
          fa: 'پرسش‌ها و اعتراض‌ها درباره صورتحساب، هزینه‌ها، پرداخت‌ها و بازگشت وجه.',
          ru: 'Вопросы и споры по счетам, начислениям, платежам и возвратам.',
          zh: '关于账单、收费、付款及退款的疑问与争议。',
        },
        children: [
          {
            code: 'general.billing.wrong-charge',
            scheme: 'general',
            area: 'billing',
            claimMinValueTier: 3,
            name: {
              en: 'Wrong charge',
              fa: 'محاسبه نادرست هزینه',
              ru: 'Неверное начисление',
              zh: '错误收费',
            },
            description: {
              en: 'A charge for a service that was not used, at the wrong rate, or without agreement.',
              fa: 'دریافت هزینه برای سرویسی که استفاده نشده، با نرخ اشتباه یا بدون رضایت مشترک.',
              ru: 'Начисление за неиспользованную услугу, по неверному тарифу или без согласия клиента.',
              zh: '对未使用的服务收费、按错误费率收费或未经同意收费。',
            },
          },
          {
            code: 'general.billing.double-charge',
            scheme: 'general',
            area: 'billing',
            claimMinValueTier: 3,
            name: {
              en: 'Double charge',
              fa: 'کسر مبلغ تکراری',
              ru: 'Двойное списание',
              zh: '重复扣费',
            },
            description: {
              en: 'The same amount was charged or debited more than once.',
              fa: 'یک مبلغ بیش از یک بار محاسبه یا از حساب کسر شده است.',
              ru: 'Одна и та же сумма начислена или списана более одного раза.',
              zh: '同一笔费用被收取或扣款不止一次。',
            },
          },
          {
            code: 'general.billing.payment-not-credited',
            scheme: 'general',
            area: 'billing',
            name: {
              en: 'Payment not credited',
              fa: 'ثبت نشدن پرداخت',
              ru: 'Платёж не зачислен',
              zh: '付款未到账',
            },
            description: {
              en: 'A payment or top-up was made but does not appear on the account.',
              fa: 'پرداخت یا شارژ انجام شده اما در حساب مشترک ثبت نشده است.',
              ru: 'Платёж или пополнение выполнены, но не отражены на счёте.',
              zh: '已付款或充值，但账户中未显示。',
            },
          },
        ],
      },
      {
        code: 'general.other',
        scheme: 'general',
        area: 'service',
        name: {
          en: 'Other',
          fa: 'سایر موارد',
          ru: 'Прочее',
          zh: '其他',
        },
        description: {
          en: 'Complaints that do not fit any other category.',
          fa: 'شکایاتی که در هیچ دسته دیگری قرار نمی‌گیرند.',
          ru: 'Жалобы, которые не относятся ни к одной другой категории.',
          zh: '不属于任何其他类别的投诉。',
        },
      },
    ],
  },

  // -------------------------------------------------------------- regulator
  {
    code: 'regulator',
    scheme: 'regulator',
    area: 'service',
    name: {
      en: 'Regulator classification',
      fa: 'طبقه‌بندی نهاد تنظیم‌گر',
      ru: 'Классификация регулятора',
      zh: '监管机构分类',
    },
    description: {
      en: 'The five complaint classes used when reporting to the telecommunications regulator.',
      fa: 'پنج گروه شکایت که در گزارش‌دهی به نهاد تنظیم‌گر ارتباطات به کار می‌رود.',
      ru: 'Пять классов жалоб, используемых в отчётности перед регулятором в сфере связи.',
      zh: '向电信监管机构报送时使用的五类投诉分类。',
    },
    recourseText: {
      en: 'If you do not accept our final proposal, you may submit your complaint to the complaint service of the communications regulator, quoting your tracking code. The regulator reviews it independently and free of charge. You also keep the right to go to court.',
      fa: 'اگر پیشنهاد نهایی ما را نمی‌پذیرید، می‌توانید با ذکر کد رهگیری، شکایت خود را در سامانه رسیدگی به شکایات نهاد تنظیم‌گر ارتباطات (رگولاتوری) ثبت کنید. این نهاد به‌طور مستقل و رایگان به شکایت رسیدگی می‌کند. حق مراجعه به مراجع قضایی نیز برای شما محفوظ است.',
      ru: 'Если вы не согласны с нашим окончательным предложением, вы можете подать жалобу в службу рассмотрения жалоб регулятора в сфере связи, указав код отслеживания. Регулятор рассмотрит её независимо и бесплатно. За вами также сохраняется право обратиться в суд.',
      zh: '如您不接受我们的最终方案，可凭查询编号向通信监管机构的投诉受理部门提出投诉，监管机构将独立、免费地进行审理。您同时保留向法院起诉的权利。',
    },
    children: [
      {
        code: 'regulator.support',
        scheme: 'regulator',
        area: 'service',
        name: {
          en: 'Support',
          fa: 'پشتیبانی',
          ru: 'Поддержка',
          zh: '客户支持',
        },
        description: {
          en: 'Problems with customer support: unanswered calls, requests not handled, wrong guidance.',
          fa: 'مشکلات پشتیبانی مشترکان: پاسخ داده نشدن تماس‌ها، رسیدگی نشدن درخواست‌ها، راهنمایی نادرست.',
          ru: 'Проблемы с поддержкой абонентов: звонки без ответа, необработанные обращения, неверные консультации.',
          zh: '客户支持问题：电话无人接听、请求未处理、指导有误。',
        },
      },
      {
        code: 'regulator.financial',
        scheme: 'regulator',
        area: 'billing',
        claimMinValueTier: 3,
        name: {
          en: 'Financial',
          fa: 'مالی',
          ru: 'Финансовые вопросы',
          zh: '财务类',
        },
        description: {
          en: 'Charges, tariffs, bills, deposits, refunds and payment disputes.',
          fa: 'هزینه‌ها، تعرفه‌ها، صورتحساب‌ها، ودیعه، بازگشت وجه و اختلافات پرداخت.',
          ru: 'Начисления, тарифы, счета, депозиты, возвраты и споры по платежам.',
          zh: '收费、资费、账单、押金、退款及付款争议。',
        },
      },
      {
        code: 'regulator.contract',
        scheme: 'regulator',
        area: 'sales',
        name: {
          en: 'Contract',
          fa: 'قرارداد',
          ru: 'Договор',
          zh: '合同类',
        },
        description: {
          en: 'Contract terms, unilateral changes, termination, number portability and use of personal data.',
          fa: 'شرایط قرارداد، تغییرات یک‌طرفه، فسخ قرارداد، ترابرد شماره و استفاده از اطلاعات شخصی.',
          ru: 'Условия договора, одностороннее изменение условий, расторжение, перенос номера и использование персональных данных.',
          zh: '合同条款、单方面变更、解约、携号转网及个人数据使用。',
        },
      },
      {
        code: 'regulator.service-quality',
        scheme: 'regulator',
        area: 'network',
        name: {
          en: 'Service quality',
          fa: 'کیفیت سرویس',
          ru: 'Качество услуг',
          zh: '服务质量',
        },
        description: {
          en: 'The service is provided but below the required quality: coverage, speed, voice quality, availability.',
          fa: 'سرویس ارائه می‌شود اما کیفیت آن کمتر از حد الزامی است: پوشش، سرعت، کیفیت صدا، دسترس‌پذیری.',
          ru: 'Услуга оказывается, но ниже требуемого качества: покрытие, скорость, качество связи, доступность.',
          zh: '服务已提供，但质量未达要求：覆盖、速度、通话质量、可用性。',
        },
      },
      {
        code: 'regulator.service-not-provided',
        scheme: 'regulator',
        area: 'network',
        name: {
          en: 'Service not provided',
          fa: 'عدم ارائه سرویس',
          ru: 'Услуга не предоставлена',
          zh: '未提供服务',
        },
        description: {
          en: 'A service that was ordered or paid for has not been delivered, activated or restored.',
          fa: 'سرویسی که درخواست یا هزینه آن پرداخت شده، ارائه، فعال یا دوباره وصل نشده است.',
          ru: 'Заказанная или оплаченная услуга не предоставлена, не подключена или не восстановлена.',
          zh: '已申请或已付费的服务未提供、未开通或未恢复。',
        },
      },
    ],
  },

  // ------------------------------------------------------------- touchpoint
  {
    code: 'touchpoint',
    scheme: 'touchpoint',
    area: 'service',
    name: {
      en: 'Touchpoints',
      fa: 'نقاط تماس با مشتری',
      ru: 'Точки контакта',
      zh: '客户触点',
    },
    description: {
      en: 'Where in the customer journey the problem arose.',
      fa: 'نقطه‌ای از مسیر ارتباط مشتری با شرکت که مشکل در آن رخ داده است.',
      ru: 'Этап взаимодействия с клиентом, на котором возникла проблема.',
      zh: '问题发生在客户旅程中的哪个环节。',
    },
    recourseText: {
      en: 'If you do not accept our final proposal, you may take your complaint to the communications regulator or, for sales and dealer matters, to the consumer protection organisation. Both are free of charge. You may also go to the competent court.',
      fa: 'اگر پیشنهاد نهایی ما را نمی‌پذیرید، می‌توانید شکایت خود را به نهاد تنظیم‌گر ارتباطات (رگولاتوری) و در موضوعات مربوط به فروش و نمایندگی‌ها به سازمان حمایت از مصرف‌کنندگان ارجاع دهید. رسیدگی در هر دو مرجع رایگان است. همچنین می‌توانید به مرجع قضایی صالح مراجعه کنید.',
      ru: 'Если вы не согласны с нашим окончательным предложением, вы можете обратиться к регулятору в сфере связи, а по вопросам продаж и работы дилеров — в организацию по защите прав потребителей. Оба обращения бесплатны. Вы также можете обратиться в компетентный суд.',
      zh: '如您不接受我们的最终方案，可向通信监管机构投诉；涉及销售和代理商的问题，也可向消费者权益保护组织投诉，均不收取费用。您也可以向有管辖权的法院起诉。',
    },
    children: [
      {
        code: 'touchpoint.stores',
        scheme: 'touchpoint',
        area: 'sales',
        name: {
          en: 'Stores',
          fa: 'فروشگاه‌ها',
          ru: 'Салоны связи',
          zh: '营业厅',
        },
        description: {
          en: 'Our own sales and service offices: queues, staff conduct, incorrect information, sales practices.',
          fa: 'دفاتر فروش و خدمات شرکت: صف و زمان انتظار، رفتار کارکنان، اطلاعات نادرست، شیوه فروش.',
          ru: 'Собственные салоны продаж и обслуживания: очереди, поведение персонала, неверная информация, методы продаж.',
          zh: '自营销售与服务网点：排队等候、员工行为、信息错误、销售行为。',
        },
      },
      {
        code: 'touchpoint.call-centre',
        scheme: 'touchpoint',
        area: 'service',
        name: {
          en: 'Call centre',
          fa: 'مرکز تماس',
          ru: 'Колл-центр',
          zh: '呼叫中心',
        },
        description: {
          en: 'Waiting times, call handling, transfers, promised call-backs that were not made.',
          fa: 'زمان انتظار، نحوه پاسخگویی، انتقال تماس، تماس‌های برگشتی وعده‌داده‌شده‌ای که انجام نشد.',
          ru: 'Время ожидания, обработка звонков, переводы между операторами, обещанные, но не сделанные обратные звонки.',
          zh: '等待时间、来电处理、转接、承诺的回电未兑现。',
        },
      },
      {
        code: 'touchpoint.dealers',
        scheme: 'touchpoint',
        area: 'sales',
        name: {
          en: 'Dealers',
          fa: 'نمایندگی‌ها',
          ru: 'Дилеры',
          zh: '代理商',
        },
        description: {
          en: 'Authorised dealers and agents acting on our behalf: sales, SIM registration, repairs.',
          fa: 'نمایندگی‌ها و عاملان مجاز فروش که از طرف ما فعالیت می‌کنند: فروش، ثبت‌نام سیم‌کارت، تعمیرات.',
          ru: 'Авторизованные дилеры и агенты, действующие от нашего имени: продажи, регистрация SIM-карт, ремонт.',
          zh: '代表我们经营的授权代理商和网点：销售、SIM卡登记、维修。',
        },
      },
      {
        code: 'touchpoint.billing-system',
        scheme: 'touchpoint',
        area: 'billing',
        name: {
          en: 'Billing system',
          fa: 'سامانه صورتحساب',
          ru: 'Биллинговая система',
          zh: '计费系统',
        },
        description: {
          en: 'Errors made by the billing system: wrong rating, discounts not applied, bills not issued or not delivered.',
          fa: 'خطاهای سامانه صورتحساب: محاسبه نادرست، اعمال نشدن تخفیف، صادر یا ارسال نشدن صورتحساب.',
          ru: 'Ошибки биллинговой системы: неверная тарификация, неприменённые скидки, счета не выставлены или не доставлены.',
          zh: '计费系统造成的错误：计费错误、折扣未生效、账单未出具或未送达。',
        },
      },
      {
        code: 'touchpoint.automated-information-systems',
        scheme: 'touchpoint',
        area: 'service',
        name: {
          en: 'Automated information systems',
          fa: 'سامانه‌های خودکار اطلاع‌رسانی',
          ru: 'Автоматизированные информационные системы',
          zh: '自动化信息系统',
        },
        description: {
          en: 'Voice menus (IVR), USSD codes, automatic SMS notifications and self-service on the website or app.',
          fa: 'منوی پاسخگوی خودکار (IVR)، کدهای دستوری USSD، پیامک‌های خودکار اطلاع‌رسانی و خدمات غیرحضوری در وب‌سایت یا اپلیکیشن.',
          ru: 'Голосовые меню (IVR), USSD-команды, автоматические SMS-уведомления и самообслуживание на сайте или в приложении.',
          zh: '语音菜单（IVR）、USSD指令、自动短信通知以及网站或应用中的自助服务。',
        },
      },
      {
        code: 'touchpoint.tariff-changes',
        scheme: 'touchpoint',
        area: 'billing',
        name: {
          en: 'Tariff changes',
          fa: 'تغییر تعرفه‌ها',
          ru: 'Изменение тарифов',
          zh: '资费变更',
        },
        description: {
          en: 'Price increases, changes to plans and bundles, or changes made without clear notice.',
          fa: 'افزایش قیمت، تغییر طرح‌ها و بسته‌ها، یا تغییراتی که بدون اطلاع‌رسانی روشن اعمال شده است.',
          ru: 'Повышение цен, изменение тарифных планов и пакетов или изменения без чёткого уведомления.',
          zh: '涨价、资费套餐调整，或未经明确告知的变更。',
        },
      },
    ],
  },

  // ---------------------------------------------------------------- product
  {
    code: 'product',
    scheme: 'product',
    area: 'service',
    name: {
      en: 'Products and services',
      fa: 'محصولات و خدمات',
      ru: 'Продукты и услуги',
      zh: '产品与服务',
    },
    description: {
      en: 'Which product or service the complaint is about.',
      fa: 'محصول یا خدمتی که شکایت درباره آن است.',
      ru: 'Продукт или услуга, к которым относится жалоба.',
      zh: '投诉所涉及的产品或服务。',
    },
    recourseText: {
      en: 'If you do not accept our final proposal, you may refer complaints about communication services to the communications regulator, and complaints about devices, warranty or repair to the consumer protection organisation. Both are free of charge. You may also go to the competent court.',
      fa: 'اگر پیشنهاد نهایی ما را نمی‌پذیرید، می‌توانید شکایات مربوط به خدمات ارتباطی را به نهاد تنظیم‌گر ارتباطات (رگولاتوری) و شکایات مربوط به گوشی، تجهیزات، گارانتی یا تعمیرات را به سازمان حمایت از مصرف‌کنندگان ارجاع دهید. رسیدگی در هر دو مرجع رایگان است. همچنین می‌توانید به مرجع قضایی صالح مراجعه کنید.',
      ru: 'Если вы не согласны с нашим окончательным предложением, жалобы на услуги связи вы можете направить регулятору в сфере связи, а жалобы на устройства, гарантию или ремонт — в организацию по защите прав потребителей. Оба обращения бесплатны. Вы также можете обратиться в компетентный суд.',
      zh: '如您不接受我们的最终方案，涉及通信服务的投诉可提交通信监管机构，涉及终端设备、保修或维修的投诉可提交消费者权益保护组织，均不收取费用。您也可以向有管辖权的法院起诉。',
    },
    children: [
      {
        code: 'product.mobile',
        scheme: 'product',
        area: 'network',
        name: {
          en: 'Mobile service',
          fa: 'خدمات تلفن همراه',
          ru: 'Мобильная связь',
          zh: '移动通信服务',
        },
        description: {
          en: 'Prepaid and postpaid mobile lines: calls, SMS, mobile data and roaming.',
          fa: 'خطوط اعتباری و دائمی تلفن همراه: مکالمه، پیامک، اینترنت همراه و رومینگ.',
          ru: 'Предоплатные и постоплатные мобильные номера: звонки, SMS, мобильный интернет и роуминг.',
          zh: '预付费与后付费移动号码：语音、短信、移动数据及漫游。',
        },
        children: [
          {
            code: 'product.mobile.roaming',
            scheme: 'product',
            area: 'billing',
            name: {
              en: 'Roaming',
              fa: 'رومینگ',
              ru: 'Роуминг',
              zh: '国际漫游',
            },
            description: {
              en: 'Service availability and charges while abroad.',
              fa: 'دسترسی به سرویس و هزینه‌ها هنگام سفر به خارج از کشور.',
              ru: 'Доступность связи и начисления за границей.',
              zh: '在境外时的服务可用性与收费。',
            },
          },
        ],
      },
      {
        code: 'product.home-internet',
        scheme: 'product',
        area: 'network',
        name: {
          en: 'Home internet (fixed broadband)',
          fa: 'اینترنت خانگی (ثابت)',
          ru: 'Домашний интернет (фиксированный ШПД)',
          zh: '家庭宽带（固定宽带）',
        },
        description: {
          en: 'ADSL, VDSL, fibre and fixed wireless internet at home or in the office.',
          fa: 'اینترنت ADSL، VDSL، فیبر نوری و اینترنت بی‌سیم ثابت در منزل یا محل کار.',
          ru: 'ADSL, VDSL, оптоволокно и фиксированный беспроводной интернет дома или в офисе.',
          zh: '家庭或办公场所的ADSL、VDSL、光纤及固定无线宽带。',
        },
        children: [
          {
            code: 'product.home-internet.installation',
            scheme: 'product',
            area: 'network',
            name: {
              en: 'Installation and connection',
              fa: 'نصب و راه‌اندازی',
              ru: 'Установка и подключение',
              zh: '安装与开通',
            },
            description: {
              en: 'Delays or problems in installing, connecting or moving a line.',
              fa: 'تأخیر یا مشکل در نصب، راه‌اندازی یا جابه‌جایی خط.',
              ru: 'Задержки или проблемы при установке, подключении или переносе линии.',
              zh: '线路安装、开通或移机过程中的延误或问题。',
            },
          },
        ],
      },
      {
        code: 'product.devices',
        scheme: 'product',
        area: 'sales',
        claimMinValueTier: 3,
        name: {
          en: 'Devices and equipment',
          fa: 'گوشی و تجهیزات',
          ru: 'Устройства и оборудование',
          zh: '终端与设备',
        },
        description: {
          en: 'Phones, modems, routers and other equipment sold or rented out by us.',
          fa: 'گوشی، مودم، روتر و سایر تجهیزاتی که توسط ما فروخته یا اجاره داده شده است.',
          ru: 'Телефоны, модемы, роутеры и другое оборудование, проданное или сданное в аренду нами.',
          zh: '由我们销售或租赁的手机、调制解调器、路由器及其他设备。',
        },
        children: [
          {
            code: 'product.devices.faulty-on-delivery',
            scheme: 'product',
            area: 'sales',
            name: {
              en: 'Faulty on delivery',
              fa: 'خرابی هنگام تحویل',
              ru: 'Брак при получении',
              zh: '开箱故障',
            },
            description: {
              en: 'The device did not work or was damaged when it was received.',
              fa: 'دستگاه هنگام تحویل کار نمی‌کرد یا آسیب‌دیده بود.',
              ru: 'Устройство не работало или было повреждено при получении.',
              zh: '设备在收货时无法使用或已损坏。',
            },
          },
          {
            code: 'product.devices.after-sales-repair',
            scheme: 'product',
            area: 'service',
            claimMinValueTier: 3,
            name: {
              en: 'After-sales service and repair',
              fa: 'خدمات پس از فروش و تعمیرات',
              ru: 'Послепродажное обслуживание и ремонт',
              zh: '售后服务与维修',
            },
            description: {
              en: 'Warranty claims, repairs, replacements, spare parts and repair times.',
              fa: 'درخواست‌های گارانتی، تعمیر، تعویض، قطعات یدکی و مدت زمان تعمیر.',
              ru: 'Гарантийные требования, ремонт, замена, запасные части и сроки ремонта.',
              zh: '保修索赔、维修、更换、备件及维修时长。',
            },
          },
        ],
      },
      {
        code: 'product.value-added-services',
        scheme: 'product',
        area: 'billing',
        name: {
          en: 'Value-added services',
          fa: 'سرویس‌های ارزش افزوده',
          ru: 'Дополнительные услуги',
          zh: '增值服务',
        },
        description: {
          en: 'Content subscriptions, ringback tones, entertainment and information services, often charged by SMS.',
          fa: 'اشتراک محتوا، آوای انتظار، خدمات سرگرمی و اطلاع‌رسانی که هزینه آن‌ها معمولاً از طریق پیامک کسر می‌شود.',
          ru: 'Контентные подписки, мелодии вместо гудка, развлекательные и информационные сервисы, часто оплачиваемые через SMS.',
          zh: '内容订阅、彩铃、娱乐及资讯服务，通常通过短信扣费。',
        },
        children: [
          {
            code: 'product.value-added-services.unwanted-subscription',
            scheme: 'product',
            area: 'billing',
            name: {
              en: 'Unwanted subscription',
              fa: 'عضویت ناخواسته',
              ru: 'Нежелательная подписка',
              zh: '非自愿订阅',
            },
            description: {
              en: 'Subscribed to a paid service without clear consent, or unable to unsubscribe.',
              fa: 'عضویت در سرویس پولی بدون رضایت آگاهانه، یا ناتوانی در لغو عضویت.',
              ru: 'Подключение платной услуги без явного согласия или невозможность от неё отказаться.',
              zh: '未经明确同意被订阅付费服务，或无法退订。',
            },
          },
        ],
      },
    ],
  },
];
