import type { ResponseTemplateSeed } from './types';

/**
 * Customer-facing response templates (ISO 10002 tone: thank the customer,
 * say what happens next and by when, complaining is free).
 *
 * Placeholders: {{trackingCode}}, {{pin}}, {{customerName}}, {{dueDate}},
 * {{proposal}}, {{portalUrl}}, {{recourse}}, {{message}}.
 */
export const RESPONSE_TEMPLATES: ResponseTemplateSeed[] = [
  // --------------------------------------------------------- acknowledgment
  {
    code: 'acknowledgment-email',
    purpose: 'acknowledgment',
    channel: 'email',
    name: {
      en: 'Acknowledgment of complaint (email)',
      fa: 'اعلام وصول شکایت (ایمیل)',
      ru: 'Подтверждение получения жалобы (email)',
      zh: '投诉受理确认（邮件）',
    },
    subject: {
      en: 'We have received your complaint – tracking code {{trackingCode}}',
      fa: 'شکایت شما دریافت شد – کد رهگیری {{trackingCode}}',
      ru: 'Мы получили вашу жалобу — код отслеживания {{trackingCode}}',
      zh: '我们已收到您的投诉——查询编号 {{trackingCode}}',
    },
    body: {
      en: 'Dear {{customerName}},\n\nThank you for contacting us. We have received your complaint and registered it under tracking code {{trackingCode}}.\n\nYou can follow its progress, add information or documents and read our answer at any time at {{portalUrl}} with your tracking code and PIN: {{pin}}. Please keep the PIN to yourself.\n\nWhat happens next: a specialist will review your complaint and let you know the outcome of the assessment. You will receive our answer by {{dueDate}} at the latest. If we need more information, we will contact you.\n\nMaking a complaint is free of charge and does not affect your service in any way.\n\nKind regards,\nCustomer Relations Team',
      fa: '{{customerName}} گرامی،\n\nاز اینکه با ما در تماس بودید سپاسگزاریم. شکایت شما دریافت و با کد رهگیری {{trackingCode}} ثبت شد.\n\nبرای پیگیری روند رسیدگی، افزودن اطلاعات یا مدارک و مشاهده پاسخ، در هر زمان می‌توانید به نشانی {{portalUrl}} مراجعه کنید و کد رهگیری و رمز پیگیری خود را وارد کنید. رمز پیگیری شما: {{pin}} (لطفاً آن را در اختیار دیگران قرار ندهید).\n\nمراحل بعدی: کارشناس ما شکایت شما را بررسی می‌کند و نتیجه ارزیابی را به اطلاع شما می‌رساند. پاسخ ما حداکثر تا تاریخ {{dueDate}} برای شما ارسال خواهد شد. در صورت نیاز به اطلاعات بیشتر با شما تماس می‌گیریم.\n\nثبت شکایت رایگان است و هیچ تأثیری بر سرویس شما ندارد.\n\nبا احترام،\nواحد ارتباط با مشتریان',
      ru: 'Уважаемый(ая) {{customerName}}!\n\nБлагодарим вас за обращение. Мы получили вашу жалобу и зарегистрировали её под кодом отслеживания {{trackingCode}}.\n\nВы можете в любое время следить за ходом рассмотрения, добавлять сведения и документы и прочитать наш ответ на странице {{portalUrl}}, указав код отслеживания и PIN-код: {{pin}}. Пожалуйста, никому не сообщайте PIN-код.\n\nЧто дальше: специалист изучит вашу жалобу, и мы сообщим вам результат рассмотрения. Ответ вы получите не позднее {{dueDate}}. Если нам понадобится дополнительная информация, мы с вами свяжемся.\n\nПодача жалобы бесплатна и никак не влияет на ваше обслуживание.\n\nС уважением,\nСлужба по работе с клиентами',
      zh: '尊敬的{{customerName}}：\n\n感谢您与我们联系。我们已收到您的投诉，查询编号为 {{trackingCode}}。\n\n您可随时访问 {{portalUrl}}，输入查询编号和查询密码（{{pin}}）查看处理进度、补充信息或材料，以及查阅我们的答复。请妥善保管您的查询密码，切勿告知他人。\n\n后续安排：专员将对您的投诉进行评估，并将评估结果告知您。我们最迟将于 {{dueDate}} 前给予答复。如需更多信息，我们会与您联系。\n\n投诉不收取任何费用，也不会对您的服务产生任何影响。\n\n此致\n客户关系部',
    },
  },
  {
    code: 'acknowledgment-sms',
    purpose: 'acknowledgment',
    channel: 'sms',
    name: {
      en: 'Acknowledgment of complaint (SMS)',
      fa: 'اعلام وصول شکایت (پیامک)',
      ru: 'Подтверждение получения жалобы (SMS)',
      zh: '投诉受理确认（短信）',
    },
    subject: {
      en: 'Complaint received',
      fa: 'دریافت شکایت',
      ru: 'Жалоба получена',
      zh: '投诉已受理',
    },
    body: {
      en: 'Thank you, we have received your complaint. Tracking code: {{trackingCode}}, PIN: {{pin}}. Follow it at {{portalUrl}}. We will answer by {{dueDate}}. Complaining is free.',
      fa: 'مشترک گرامی، از ثبت شکایت سپاسگزاریم. کد رهگیری: {{trackingCode}} رمز پیگیری: {{pin}} پیگیری: {{portalUrl}} پاسخ تا {{dueDate}} ارسال می‌شود. ثبت شکایت رایگان است.',
      ru: 'Спасибо, ваша жалоба получена. Код: {{trackingCode}}, PIN: {{pin}}. Статус: {{portalUrl}}. Ответим до {{dueDate}}. Подача жалобы бесплатна.',
      zh: '感谢您的反馈，您的投诉已受理。查询编号：{{trackingCode}}，密码：{{pin}}。进度查询：{{portalUrl}}。我们将于{{dueDate}}前答复。投诉免费。',
    },
  },

  // ------------------------------------------------------ assessment_accept
  {
    code: 'assessment-accept-email',
    purpose: 'assessment_accept',
    channel: 'email',
    name: {
      en: 'Assessment: complaint upheld (email)',
      fa: 'نتیجه بررسی: پذیرش شکایت (ایمیل)',
      ru: 'Результат рассмотрения: жалоба обоснована (email)',
      zh: '评估结果：投诉成立（邮件）',
    },
    subject: {
      en: 'Your complaint {{trackingCode}} has been upheld',
      fa: 'شکایت {{trackingCode}} شما پذیرفته شد',
      ru: 'Ваша жалоба {{trackingCode}} признана обоснованной',
      zh: '您的投诉 {{trackingCode}} 经评估成立',
    },
    body: {
      en: 'Dear {{customerName}},\n\nThank you for your patience. We have reviewed your complaint {{trackingCode}} and agree that it is justified. We apologise for the inconvenience this has caused you.\n\nHow we will put it right:\n{{message}}\n\nWe expect to complete this by {{dueDate}} and will let you know as soon as it is done. You can follow progress at {{portalUrl}}.\n\nIf you have any questions, simply reply to this email quoting your tracking code.\n\nKind regards,\nCustomer Relations Team',
      fa: '{{customerName}} گرامی،\n\nاز شکیبایی شما سپاسگزاریم. شکایت شما با کد رهگیری {{trackingCode}} بررسی شد و حق با شماست. بابت مشکلی که برایتان پیش آمد پوزش می‌خواهیم.\n\nاقداماتی که برای رفع مشکل انجام خواهیم داد:\n{{message}}\n\nپیش‌بینی می‌کنیم این اقدامات تا تاریخ {{dueDate}} انجام شود و بلافاصله پس از انجام، نتیجه را به شما اطلاع می‌دهیم. روند کار را می‌توانید در {{portalUrl}} پیگیری کنید.\n\nدر صورت هرگونه پرسش، کافی است با ذکر کد رهگیری به همین ایمیل پاسخ دهید.\n\nبا احترام،\nواحد ارتباط با مشتریان',
      ru: 'Уважаемый(ая) {{customerName}}!\n\nБлагодарим за терпение. Мы рассмотрели вашу жалобу {{trackingCode}} и признаём её обоснованной. Приносим извинения за доставленные неудобства.\n\nЧто мы сделаем, чтобы исправить ситуацию:\n{{message}}\n\nМы планируем завершить эти действия до {{dueDate}} и сразу сообщим вам о результате. Следить за ходом работ можно на странице {{portalUrl}}.\n\nЕсли у вас есть вопросы, просто ответьте на это письмо, указав код отслеживания.\n\nС уважением,\nСлужба по работе с клиентами',
      zh: '尊敬的{{customerName}}：\n\n感谢您的耐心等待。我们已对您的投诉 {{trackingCode}} 进行评估，确认您的投诉成立，对由此给您带来的不便深表歉意。\n\n我们将采取以下措施予以解决：\n{{message}}\n\n预计将于 {{dueDate}} 前完成，完成后我们会第一时间通知您。您可通过 {{portalUrl}} 查看处理进度。\n\n如有任何疑问，请直接回复本邮件并注明查询编号。\n\n此致\n客户关系部',
    },
  },
  {
    code: 'assessment-accept-sms',
    purpose: 'assessment_accept',
    channel: 'sms',
    name: {
      en: 'Assessment: complaint upheld (SMS)',
      fa: 'نتیجه بررسی: پذیرش شکایت (پیامک)',
      ru: 'Результат рассмотрения: жалоба обоснована (SMS)',
      zh: '评估结果：投诉成立（短信）',
    },
    subject: {
      en: 'Complaint upheld',
      fa: 'پذیرش شکایت',
      ru: 'Жалоба обоснована',
      zh: '投诉成立',
    },
    body: {
      en: 'Your complaint {{trackingCode}} is justified and we apologise. We will resolve it by {{dueDate}}: {{message}} Details: {{portalUrl}}',
      fa: 'شکایت {{trackingCode}} بررسی شد و حق با شماست؛ پوزش می‌خواهیم. تا {{dueDate}} رفع می‌شود: {{message}} جزئیات: {{portalUrl}}',
      ru: 'Жалоба {{trackingCode}} признана обоснованной, приносим извинения. Решим до {{dueDate}}: {{message}} Подробнее: {{portalUrl}}',
      zh: '您的投诉 {{trackingCode}} 经评估成立，谨致歉意。我们将于{{dueDate}}前解决：{{message}} 详情：{{portalUrl}}',
    },
  },

  // ------------------------------------------------------ assessment_reject
  {
    code: 'assessment-reject-email',
    purpose: 'assessment_reject',
    channel: 'email',
    name: {
      en: 'Assessment: complaint not upheld (email)',
      fa: 'نتیجه بررسی: عدم پذیرش شکایت (ایمیل)',
      ru: 'Результат рассмотрения: жалоба не подтвердилась (email)',
      zh: '评估结果：投诉不成立（邮件）',
    },
    subject: {
      en: 'The outcome of our review of your complaint {{trackingCode}}',
      fa: 'نتیجه بررسی شکایت {{trackingCode}}',
      ru: 'Результат рассмотрения вашей жалобы {{trackingCode}}',
      zh: '关于您的投诉 {{trackingCode}} 的评估结果',
    },
    body: {
      en: 'Dear {{customerName}},\n\nThank you for taking the time to tell us about your experience. We have carefully reviewed your complaint {{trackingCode}}, including the records of your account and the information you gave us.\n\nAfter this review we are unable to uphold your complaint, for the following reason:\n{{message}}\n\nWe understand that this may not be the answer you hoped for. If you have further information or documents we have not yet seen, or you do not agree with our assessment, please reply to this email or add them at {{portalUrl}} by {{dueDate}}. Your complaint will then be reviewed again by a different member of our team.\n\nYour feedback helps us improve, and we thank you for it.\n\nKind regards,\nCustomer Relations Team',
      fa: '{{customerName}} گرامی،\n\nسپاسگزاریم که وقت گذاشتید و تجربه خود را با ما در میان گذاشتید. شکایت شما با کد رهگیری {{trackingCode}}، همراه با سوابق حساب و اطلاعاتی که ارائه کرده بودید، با دقت بررسی شد.\n\nبر اساس این بررسی، متأسفانه امکان پذیرش شکایت شما به دلیل زیر وجود ندارد:\n{{message}}\n\nمی‌دانیم که این پاسخ ممکن است مطابق انتظار شما نباشد. اگر اطلاعات یا مدارک دیگری دارید که تاکنون ندیده‌ایم، یا با نتیجه بررسی موافق نیستید، لطفاً تا تاریخ {{dueDate}} به همین ایمیل پاسخ دهید یا آن‌ها را در {{portalUrl}} ثبت کنید تا شکایت شما توسط کارشناس دیگری دوباره بررسی شود.\n\nنظرات شما به بهبود خدمات ما کمک می‌کند؛ از شما سپاسگزاریم.\n\nبا احترام،\nواحد ارتباط با مشتریان',
      ru: 'Уважаемый(ая) {{customerName}}!\n\nБлагодарим вас за то, что рассказали нам о своей ситуации. Мы внимательно рассмотрели вашу жалобу {{trackingCode}}, включая данные вашего лицевого счёта и предоставленную вами информацию.\n\nПо итогам проверки мы, к сожалению, не можем признать жалобу обоснованной по следующей причине:\n{{message}}\n\nМы понимаем, что вы, возможно, ожидали другого ответа. Если у вас есть дополнительные сведения или документы, которые мы ещё не видели, или вы не согласны с нашей оценкой, ответьте на это письмо или добавьте их на странице {{portalUrl}} до {{dueDate}} — жалобу повторно рассмотрит другой специалист.\n\nВаш отзыв помогает нам становиться лучше. Спасибо!\n\nС уважением,\nСлужба по работе с клиентами',
      zh: '尊敬的{{customerName}}：\n\n感谢您抽出时间向我们反映情况。我们已结合您的账户记录及您提供的信息，认真审查了您的投诉 {{trackingCode}}。\n\n经审查，我们无法认定您的投诉成立，原因如下：\n{{message}}\n\n我们理解这可能不是您期待的答复。如您有我们尚未掌握的补充信息或材料，或不同意本评估结果，请于 {{dueDate}} 前回复本邮件或通过 {{portalUrl}} 提交，我们将安排其他专员重新审查。\n\n您的反馈有助于我们改进服务，再次感谢！\n\n此致\n客户关系部',
    },
  },
  {
    code: 'assessment-reject-sms',
    purpose: 'assessment_reject',
    channel: 'sms',
    name: {
      en: 'Assessment: complaint not upheld (SMS)',
      fa: 'نتیجه بررسی: عدم پذیرش شکایت (پیامک)',
      ru: 'Результат рассмотрения: жалоба не подтвердилась (SMS)',
      zh: '评估结果：投诉不成立（短信）',
    },
    subject: {
      en: 'Complaint not upheld',
      fa: 'عدم پذیرش شکایت',
      ru: 'Жалоба не подтвердилась',
      zh: '投诉不成立',
    },
    body: {
      en: 'Thank you for your complaint {{trackingCode}}. After review we cannot uphold it: {{message}} If you disagree, reply at {{portalUrl}} by {{dueDate}}.',
      fa: 'از ثبت شکایت {{trackingCode}} سپاسگزاریم. پس از بررسی، شکایت پذیرفته نشد: {{message}} در صورت اعتراض تا {{dueDate}} به {{portalUrl}} مراجعه کنید.',
      ru: 'Спасибо за жалобу {{trackingCode}}. После проверки мы не можем её удовлетворить: {{message}} Не согласны? Ответьте на {{portalUrl}} до {{dueDate}}.',
      zh: '感谢您的投诉 {{trackingCode}}。经审查，投诉不成立：{{message}} 如有异议，请于{{dueDate}}前通过{{portalUrl}}回复。',
    },
  },

  // --------------------------------------------------------------- proposal
  {
    code: 'proposal-email',
    purpose: 'proposal',
    channel: 'email',
    name: {
      en: 'Resolution proposal (email)',
      fa: 'پیشنهاد رفع شکایت (ایمیل)',
      ru: 'Предложение по урегулированию (email)',
      zh: '解决方案（邮件）',
    },
    subject: {
      en: 'Our proposal to resolve your complaint {{trackingCode}}',
      fa: 'پیشنهاد ما برای رفع شکایت {{trackingCode}}',
      ru: 'Наше предложение по вашей жалобе {{trackingCode}}',
      zh: '关于您的投诉 {{trackingCode}} 的解决方案',
    },
    body: {
      en: 'Dear {{customerName}},\n\nThank you for your patience while we looked into your complaint {{trackingCode}}. To resolve it, we propose the following:\n\n{{proposal}}\n\nPlease let us know by {{dueDate}} whether you accept this proposal. You can accept or decline it at {{portalUrl}}, or simply reply to this email. If you decline, please tell us why, so that we can take your view into account and make you a revised proposal.\n\nKind regards,\nCustomer Relations Team',
      fa: '{{customerName}} گرامی،\n\nاز شکیبایی شما در مدت بررسی شکایت {{trackingCode}} سپاسگزاریم. برای رفع این شکایت، پیشنهاد ما به شرح زیر است:\n\n{{proposal}}\n\nلطفاً تا تاریخ {{dueDate}} پذیرش یا عدم پذیرش این پیشنهاد را به ما اعلام کنید. می‌توانید پاسخ خود را در {{portalUrl}} ثبت کنید یا به همین ایمیل پاسخ دهید. اگر پیشنهاد را نمی‌پذیرید، لطفاً دلیل آن را بنویسید تا با در نظر گرفتن نظر شما، پیشنهاد اصلاح‌شده‌ای ارائه کنیم.\n\nبا احترام،\nواحد ارتباط با مشتریان',
      ru: 'Уважаемый(ая) {{customerName}}!\n\nБлагодарим за терпение, пока мы разбирались с вашей жалобой {{trackingCode}}. Для её урегулирования мы предлагаем следующее:\n\n{{proposal}}\n\nПожалуйста, сообщите до {{dueDate}}, принимаете ли вы это предложение. Принять или отклонить его можно на странице {{portalUrl}} или просто ответив на это письмо. Если вы отклоняете предложение, напишите, пожалуйста, почему — мы учтём ваше мнение и подготовим новое предложение.\n\nС уважением,\nСлужба по работе с клиентами',
      zh: '尊敬的{{customerName}}：\n\n感谢您在我们处理投诉 {{trackingCode}} 期间的耐心等待。为解决您的问题，我们提出以下方案：\n\n{{proposal}}\n\n请于 {{dueDate}} 前告知您是否接受该方案。您可以通过 {{portalUrl}} 接受或拒绝，也可以直接回复本邮件。如您不接受，请告诉我们原因，我们将充分考虑您的意见并提出修改后的方案。\n\n此致\n客户关系部',
    },
  },
  {
    code: 'proposal-sms',
    purpose: 'proposal',
    channel: 'sms',
    name: {
      en: 'Resolution proposal (SMS)',
      fa: 'پیشنهاد رفع شکایت (پیامک)',
      ru: 'Предложение по урегулированию (SMS)',
      zh: '解决方案（短信）',
    },
    subject: {
      en: 'Resolution proposal',
      fa: 'پیشنهاد رفع شکایت',
      ru: 'Предложение по жалобе',
      zh: '解决方案',
    },
    body: {
      en: 'About your complaint {{trackingCode}}, we propose: {{proposal}} Please accept or decline by {{dueDate}} at {{portalUrl}}. Thank you.',
      fa: 'درباره شکایت {{trackingCode}}، پیشنهاد ما: {{proposal}} لطفاً تا {{dueDate}} پاسخ خود را در {{portalUrl}} ثبت کنید. سپاسگزاریم.',
      ru: 'По жалобе {{trackingCode}} мы предлагаем: {{proposal}} Примите или отклоните до {{dueDate}} на {{portalUrl}}. Спасибо.',
      zh: '关于投诉 {{trackingCode}}，我们的方案：{{proposal}} 请于{{dueDate}}前在{{portalUrl}}确认是否接受。谢谢。',
    },
  },
  {
    code: 'proposal-final-email',
    purpose: 'proposal',
    channel: 'email',
    name: {
      en: 'Final (second) proposal (email)',
      fa: 'پیشنهاد نهایی (دوم) (ایمیل)',
      ru: 'Окончательное (второе) предложение (email)',
      zh: '最终（第二次）方案（邮件）',
    },
    subject: {
      en: 'Our revised proposal for your complaint {{trackingCode}}',
      fa: 'پیشنهاد اصلاح‌شده برای شکایت {{trackingCode}}',
      ru: 'Пересмотренное предложение по жалобе {{trackingCode}}',
      zh: '关于您的投诉 {{trackingCode}} 的修订方案',
    },
    body: {
      en: 'Dear {{customerName}},\n\nThank you for telling us why our first proposal did not meet your expectations. A senior member of our team has reconsidered your complaint {{trackingCode}}, and we now propose:\n\n{{proposal}}\n\nThis is our final proposal. Please accept or decline it at {{portalUrl}} or by replying to this email by {{dueDate}}. If you decline, our internal review will end and we will tell you where you can take your complaint for an independent review.\n\nKind regards,\nCustomer Relations Team',
      fa: '{{customerName}} گرامی،\n\nاز اینکه دلیل نپذیرفتن پیشنهاد اول را با ما در میان گذاشتید سپاسگزاریم. شکایت {{trackingCode}} شما توسط یکی از کارشناسان ارشد دوباره بررسی شد و پیشنهاد جدید ما به شرح زیر است:\n\n{{proposal}}\n\nاین پیشنهاد نهایی ماست. لطفاً تا تاریخ {{dueDate}} پذیرش یا عدم پذیرش آن را در {{portalUrl}} یا با پاسخ به همین ایمیل اعلام کنید. در صورت عدم پذیرش، رسیدگی داخلی ما به پایان می‌رسد و مراجع مستقلی را که می‌توانید شکایت خود را به آن‌ها ارائه کنید به شما معرفی خواهیم کرد.\n\nبا احترام،\nواحد ارتباط با مشتریان',
      ru: 'Уважаемый(ая) {{customerName}}!\n\nСпасибо, что объяснили, почему наше первое предложение вас не устроило. Старший специалист повторно рассмотрел вашу жалобу {{trackingCode}}, и теперь мы предлагаем:\n\n{{proposal}}\n\nЭто наше окончательное предложение. Пожалуйста, примите или отклоните его на странице {{portalUrl}} или ответом на это письмо до {{dueDate}}. Если вы его отклоните, внутреннее рассмотрение будет завершено, и мы сообщим, куда вы можете обратиться за независимым рассмотрением жалобы.\n\nС уважением,\nСлужба по работе с клиентами',
      zh: '尊敬的{{customerName}}：\n\n感谢您告诉我们第一次方案未能满足您期望的原因。资深专员已重新审查了您的投诉 {{trackingCode}}，现提出以下方案：\n\n{{proposal}}\n\n这是我们的最终方案。请于 {{dueDate}} 前通过 {{portalUrl}} 或回复本邮件告知是否接受。如您不接受，我们的内部处理程序将就此结束，并告知您可申请独立处理的外部途径。\n\n此致\n客户关系部',
    },
  },
  {
    code: 'proposal-final-sms',
    purpose: 'proposal',
    channel: 'sms',
    name: {
      en: 'Final (second) proposal (SMS)',
      fa: 'پیشنهاد نهایی (دوم) (پیامک)',
      ru: 'Окончательное (второе) предложение (SMS)',
      zh: '最终（第二次）方案（短信）',
    },
    subject: {
      en: 'Final proposal',
      fa: 'پیشنهاد نهایی',
      ru: 'Окончательное предложение',
      zh: '最终方案',
    },
    body: {
      en: 'Complaint {{trackingCode}}: after a further review, our final proposal is: {{proposal}} Please reply by {{dueDate}} at {{portalUrl}}.',
      fa: 'شکایت {{trackingCode}}: پس از بررسی دوباره، پیشنهاد نهایی ما: {{proposal}} لطفاً تا {{dueDate}} در {{portalUrl}} پاسخ دهید.',
      ru: 'Жалоба {{trackingCode}}: после повторного рассмотрения наше окончательное предложение: {{proposal}} Ответьте до {{dueDate}} на {{portalUrl}}.',
      zh: '投诉 {{trackingCode}}：经重新审查，我们的最终方案为：{{proposal}} 请于{{dueDate}}前在{{portalUrl}}回复。',
    },
  },

  // ------------------------------------------------------------- resolution
  {
    code: 'resolution-email',
    purpose: 'resolution',
    channel: 'email',
    name: {
      en: 'Complaint resolved and closed (email)',
      fa: 'رفع و مختومه شدن شکایت (ایمیل)',
      ru: 'Жалоба урегулирована и закрыта (email)',
      zh: '投诉已解决并结案（邮件）',
    },
    subject: {
      en: 'Your complaint {{trackingCode}} has been resolved',
      fa: 'شکایت {{trackingCode}} شما رسیدگی و رفع شد',
      ru: 'Ваша жалоба {{trackingCode}} урегулирована',
      zh: '您的投诉 {{trackingCode}} 已解决',
    },
    body: {
      en: 'Dear {{customerName}},\n\nWe are pleased to let you know that the actions agreed for your complaint {{trackingCode}} have been completed:\n\n{{message}}\n\nYour complaint is now closed. Thank you for bringing this matter to our attention: every complaint helps us improve our service for all customers.\n\nIf the problem comes back or you feel it has not been fully resolved, please reply to this email or reopen the complaint at {{portalUrl}}.\n\nKind regards,\nCustomer Relations Team',
      fa: '{{customerName}} گرامی،\n\nبا خرسندی به اطلاع می‌رسانیم که اقدامات توافق‌شده برای شکایت {{trackingCode}} انجام شده است:\n\n{{message}}\n\nپرونده شکایت شما اکنون مختومه شده است. از اینکه این موضوع را با ما در میان گذاشتید سپاسگزاریم؛ هر شکایت به ما کمک می‌کند خدمات بهتری به همه مشتریان ارائه دهیم.\n\nاگر مشکل دوباره بروز کرد یا فکر می‌کنید به‌طور کامل برطرف نشده است، لطفاً به همین ایمیل پاسخ دهید یا شکایت را در {{portalUrl}} دوباره باز کنید.\n\nبا احترام،\nواحد ارتباط با مشتریان',
      ru: 'Уважаемый(ая) {{customerName}}!\n\nРады сообщить, что согласованные меры по вашей жалобе {{trackingCode}} выполнены:\n\n{{message}}\n\nЖалоба закрыта. Благодарим вас за то, что обратили наше внимание на эту проблему: каждая жалоба помогает нам улучшать обслуживание для всех клиентов.\n\nЕсли проблема повторится или вы считаете, что она решена не полностью, ответьте на это письмо или откройте жалобу повторно на странице {{portalUrl}}.\n\nС уважением,\nСлужба по работе с клиентами',
      zh: '尊敬的{{customerName}}：\n\n很高兴通知您，针对您的投诉 {{trackingCode}} 所商定的措施已全部落实：\n\n{{message}}\n\n您的投诉现已结案。感谢您向我们反映此问题——每一条投诉都在帮助我们为所有客户改进服务。\n\n如问题再次出现，或您认为问题尚未完全解决，请回复本邮件或通过 {{portalUrl}} 重新打开投诉。\n\n此致\n客户关系部',
    },
  },
  {
    code: 'resolution-sms',
    purpose: 'resolution',
    channel: 'sms',
    name: {
      en: 'Complaint resolved and closed (SMS)',
      fa: 'رفع و مختومه شدن شکایت (پیامک)',
      ru: 'Жалоба урегулирована и закрыта (SMS)',
      zh: '投诉已解决并结案（短信）',
    },
    subject: {
      en: 'Complaint resolved',
      fa: 'رفع شکایت',
      ru: 'Жалоба урегулирована',
      zh: '投诉已解决',
    },
    body: {
      en: 'Your complaint {{trackingCode}} has been resolved and closed: {{message}} Thank you for helping us improve. Still a problem? {{portalUrl}}',
      fa: 'شکایت {{trackingCode}} رسیدگی و مختومه شد: {{message}} از همراهی شما سپاسگزاریم. اگر مشکل برطرف نشده: {{portalUrl}}',
      ru: 'Жалоба {{trackingCode}} урегулирована и закрыта: {{message}} Спасибо, что помогаете нам стать лучше. Проблема осталась? {{portalUrl}}',
      zh: '您的投诉 {{trackingCode}} 已解决并结案：{{message}} 感谢您帮助我们改进。问题仍未解决？请访问{{portalUrl}}',
    },
  },

  // ------------------------------------------------------ external_recourse
  {
    code: 'external-recourse-email',
    purpose: 'external_recourse',
    channel: 'email',
    name: {
      en: 'External recourse information (email)',
      fa: 'معرفی مراجع رسیدگی بیرونی (ایمیل)',
      ru: 'Информация о внешних инстанциях (email)',
      zh: '外部申诉途径告知（邮件）',
    },
    subject: {
      en: 'Your complaint {{trackingCode}}: where you can turn next',
      fa: 'شکایت {{trackingCode}}: مراجعی که می‌توانید به آن‌ها مراجعه کنید',
      ru: 'Жалоба {{trackingCode}}: куда можно обратиться дальше',
      zh: '您的投诉 {{trackingCode}}：后续可寻求的途径',
    },
    body: {
      en: 'Dear {{customerName}},\n\nWe are sorry that, despite our proposals, we have not been able to reach an agreement on your complaint {{trackingCode}}. Thank you for the time and patience you have given us.\n\nOur internal complaint process is now complete. If you wish to pursue the matter further, you have the right to take it to an independent body:\n\n{{recourse}}\n\nPlease quote your tracking code {{trackingCode}} when you contact them. Your complaint file, including our proposals and your replies, remains available at {{portalUrl}}, and we will cooperate fully with any external review.\n\nKind regards,\nCustomer Relations Team',
      fa: '{{customerName}} گرامی،\n\nمتأسفیم که با وجود پیشنهادهای ارائه‌شده، درباره شکایت {{trackingCode}} به توافق نرسیدیم. از وقت و شکیبایی شما سپاسگزاریم.\n\nفرایند رسیدگی داخلی به شکایت شما به پایان رسیده است. اگر مایل به پیگیری بیشتر هستید، حق دارید موضوع را از طریق مرجع مستقل زیر پیگیری کنید:\n\n{{recourse}}\n\nلطفاً هنگام مراجعه، کد رهگیری {{trackingCode}} را اعلام کنید. پرونده شکایت شما، شامل پیشنهادهای ما و پاسخ‌های شما، همچنان در {{portalUrl}} در دسترس است و ما در هرگونه بررسی بیرونی همکاری کامل خواهیم داشت.\n\nبا احترام،\nواحد ارتباط با مشتریان',
      ru: 'Уважаемый(ая) {{customerName}}!\n\nСожалеем, что, несмотря на наши предложения, нам не удалось прийти к согласию по вашей жалобе {{trackingCode}}. Благодарим вас за уделённое время и терпение.\n\nВнутреннее рассмотрение вашей жалобы завершено. Если вы хотите продолжить, вы вправе обратиться в независимую инстанцию:\n\n{{recourse}}\n\nПри обращении укажите код отслеживания {{trackingCode}}. Материалы по жалобе, включая наши предложения и ваши ответы, по-прежнему доступны на странице {{portalUrl}}, и мы будем в полной мере содействовать внешнему рассмотрению.\n\nС уважением,\nСлужба по работе с клиентами',
      zh: '尊敬的{{customerName}}：\n\n很遗憾，尽管我们提出了解决方案，仍未能就您的投诉 {{trackingCode}} 与您达成一致。感谢您付出的时间与耐心。\n\n我们的内部投诉处理程序现已结束。如您希望继续处理此事，有权向以下独立机构提出：\n\n{{recourse}}\n\n联系时请提供查询编号 {{trackingCode}}。您的投诉档案（包括我们的方案和您的答复）仍可在 {{portalUrl}} 查阅，我们将全力配合任何外部审查。\n\n此致\n客户关系部',
    },
  },
  {
    code: 'external-recourse-sms',
    purpose: 'external_recourse',
    channel: 'sms',
    name: {
      en: 'External recourse information (SMS)',
      fa: 'معرفی مراجع رسیدگی بیرونی (پیامک)',
      ru: 'Информация о внешних инстанциях (SMS)',
      zh: '外部申诉途径告知（短信）',
    },
    subject: {
      en: 'Where to turn next',
      fa: 'مرجع رسیدگی بیرونی',
      ru: 'Куда обратиться',
      zh: '外部申诉途径',
    },
    body: {
      en: 'We are sorry we could not agree on complaint {{trackingCode}}. You may refer it to: {{recourse}} Please quote code {{trackingCode}}.',
      fa: 'متأسفیم که درباره شکایت {{trackingCode}} به توافق نرسیدیم. می‌توانید به این مرجع مراجعه کنید: {{recourse}} لطفاً کد رهگیری {{trackingCode}} را اعلام کنید.',
      ru: 'Сожалеем, что не удалось договориться по жалобе {{trackingCode}}. Вы можете обратиться: {{recourse}} Укажите код {{trackingCode}}.',
      zh: '很遗憾未能就投诉 {{trackingCode}} 达成一致。您可向以下机构申诉：{{recourse}} 请提供查询编号 {{trackingCode}}。',
    },
  },

  // ----------------------------------------------------------------- survey
  {
    code: 'survey-email',
    purpose: 'survey',
    channel: 'email',
    name: {
      en: 'Satisfaction survey (email)',
      fa: 'نظرسنجی رضایت (ایمیل)',
      ru: 'Опрос об удовлетворённости (email)',
      zh: '满意度调查（邮件）',
    },
    subject: {
      en: 'How did we handle your complaint {{trackingCode}}?',
      fa: 'رسیدگی ما به شکایت {{trackingCode}} را چگونه ارزیابی می‌کنید؟',
      ru: 'Как мы рассмотрели вашу жалобу {{trackingCode}}?',
      zh: '您对投诉 {{trackingCode}} 的处理满意吗？',
    },
    body: {
      en: 'Dear {{customerName}},\n\nYour complaint {{trackingCode}} was recently closed. Whatever the outcome, we would like to know how well we handled it.\n\nThe survey has a few short questions and takes about two minutes:\n{{portalUrl}}\n\nThe survey is open until {{dueDate}}. Taking part is voluntary and free, and your answers are used only to improve the way we handle complaints.\n\nThank you for helping us do better.\n\nKind regards,\nCustomer Relations Team',
      fa: '{{customerName}} گرامی،\n\nپرونده شکایت {{trackingCode}} شما به‌تازگی مختومه شده است. مایلیم بدانیم نحوه رسیدگی ما را، صرف‌نظر از نتیجه، چگونه ارزیابی می‌کنید.\n\nاین نظرسنجی چند پرسش کوتاه دارد و حدود دو دقیقه از وقت شما را می‌گیرد:\n{{portalUrl}}\n\nنظرسنجی تا تاریخ {{dueDate}} فعال است. شرکت در آن اختیاری و رایگان است و پاسخ‌های شما فقط برای بهبود روند رسیدگی به شکایات استفاده می‌شود.\n\nاز اینکه در بهبود خدمات به ما کمک می‌کنید سپاسگزاریم.\n\nبا احترام،\nواحد ارتباط با مشتریان',
      ru: 'Уважаемый(ая) {{customerName}}!\n\nВаша жалоба {{trackingCode}} недавно была закрыта. Независимо от результата нам важно знать, насколько хорошо мы её рассмотрели.\n\nОпрос состоит из нескольких коротких вопросов и займёт около двух минут:\n{{portalUrl}}\n\nОпрос доступен до {{dueDate}}. Участие добровольное и бесплатное, а ваши ответы используются только для улучшения работы с жалобами.\n\nСпасибо, что помогаете нам стать лучше.\n\nС уважением,\nСлужба по работе с клиентами',
      zh: '尊敬的{{customerName}}：\n\n您的投诉 {{trackingCode}} 近期已结案。无论结果如何，我们都希望了解您对我们处理过程的评价。\n\n本调查仅有几个简短问题，约需两分钟：\n{{portalUrl}}\n\n调查截止日期为 {{dueDate}}。参与完全自愿且免费，您的回答仅用于改进我们的投诉处理工作。\n\n感谢您帮助我们做得更好。\n\n此致\n客户关系部',
    },
  },
  {
    code: 'survey-sms',
    purpose: 'survey',
    channel: 'sms',
    name: {
      en: 'Satisfaction survey (SMS)',
      fa: 'نظرسنجی رضایت (پیامک)',
      ru: 'Опрос об удовлетворённости (SMS)',
      zh: '满意度调查（短信）',
    },
    subject: {
      en: 'Satisfaction survey',
      fa: 'نظرسنجی',
      ru: 'Опрос',
      zh: '满意度调查',
    },
    body: {
      en: 'How did we handle your complaint {{trackingCode}}? Please rate us in 2 minutes: {{portalUrl}} Thank you!',
      fa: 'رسیدگی ما به شکایت {{trackingCode}} را چگونه ارزیابی می‌کنید؟ نظرسنجی دودقیقه‌ای: {{portalUrl}} سپاسگزاریم.',
      ru: 'Как мы рассмотрели вашу жалобу {{trackingCode}}? Оцените нас за 2 минуты: {{portalUrl}} Спасибо!',
      zh: '您对投诉 {{trackingCode}} 的处理满意吗？请花2分钟评价：{{portalUrl}} 谢谢！',
    },
  },

  // ----------------------------------------------------------- bulk_message
  {
    code: 'bulk-message-email',
    purpose: 'bulk_message',
    channel: 'email',
    name: {
      en: 'Update to all affected customers (email)',
      fa: 'اطلاع‌رسانی گروهی به مشتریان (ایمیل)',
      ru: 'Массовое сообщение клиентам (email)',
      zh: '群发通知（邮件）',
    },
    subject: {
      en: 'Update on the issue you reported (complaint {{trackingCode}})',
      fa: 'اطلاع‌رسانی درباره مشکل گزارش‌شده (شکایت {{trackingCode}})',
      ru: 'Новости по проблеме, о которой вы сообщили (жалоба {{trackingCode}})',
      zh: '关于您所反映问题的最新进展（投诉 {{trackingCode}}）',
    },
    body: {
      en: 'Dear {{customerName}},\n\nThank you for reporting this problem to us. Many customers have been affected by the same issue, so we are sending this update to everyone who contacted us about it:\n\n{{message}}\n\nYour complaint {{trackingCode}} remains open, and we will let you know when the issue is fully resolved. You do not need to contact us again about it, but you can follow progress or add details at {{portalUrl}}.\n\nWe apologise for the inconvenience.\n\nKind regards,\nCustomer Relations Team',
      fa: '{{customerName}} گرامی،\n\nاز اینکه این مشکل را به ما گزارش دادید سپاسگزاریم. این مشکل برای تعداد زیادی از مشتریان پیش آمده است؛ از این رو این پیام را برای همه کسانی که در این باره با ما تماس گرفته‌اند ارسال می‌کنیم:\n\n{{message}}\n\nشکایت {{trackingCode}} شما همچنان باز است و پس از رفع کامل مشکل به شما اطلاع خواهیم داد. نیازی به تماس دوباره درباره این موضوع نیست، اما می‌توانید روند کار را در {{portalUrl}} پیگیری کنید یا توضیحات بیشتری اضافه کنید.\n\nبابت مشکل پیش‌آمده پوزش می‌خواهیم.\n\nبا احترام،\nواحد ارتباط با مشتریان',
      ru: 'Уважаемый(ая) {{customerName}}!\n\nБлагодарим вас за сообщение о проблеме. С ней столкнулись многие клиенты, поэтому мы направляем это сообщение всем, кто к нам обратился:\n\n{{message}}\n\nВаша жалоба {{trackingCode}} остаётся открытой, и мы сообщим вам, когда проблема будет полностью устранена. Повторно обращаться по этому вопросу не нужно, но вы можете следить за ходом работ или добавить подробности на странице {{portalUrl}}.\n\nПриносим извинения за неудобства.\n\nС уважением,\nСлужба по работе с клиентами',
      zh: '尊敬的{{customerName}}：\n\n感谢您向我们反映此问题。由于许多客户受到同一问题的影响，我们向所有就此联系过我们的客户发送以下通知：\n\n{{message}}\n\n您的投诉 {{trackingCode}} 仍在处理中，问题完全解决后我们会通知您。您无需就此问题再次联系我们，但可通过 {{portalUrl}} 查看进度或补充信息。\n\n由此带来的不便，敬请谅解。\n\n此致\n客户关系部',
    },
  },
  {
    code: 'bulk-message-sms',
    purpose: 'bulk_message',
    channel: 'sms',
    name: {
      en: 'Update to all affected customers (SMS)',
      fa: 'اطلاع‌رسانی گروهی به مشتریان (پیامک)',
      ru: 'Массовое сообщение клиентам (SMS)',
      zh: '群发通知（短信）',
    },
    subject: {
      en: 'Service update',
      fa: 'اطلاع‌رسانی',
      ru: 'Информация',
      zh: '服务通知',
    },
    body: {
      en: 'Update on the issue you reported ({{trackingCode}}): {{message}} No need to contact us again. We apologise for the inconvenience.',
      fa: 'اطلاع‌رسانی درباره مشکل گزارش‌شده ({{trackingCode}}): {{message}} نیازی به تماس دوباره نیست. بابت مشکل پیش‌آمده پوزش می‌خواهیم.',
      ru: 'О проблеме, о которой вы сообщили ({{trackingCode}}): {{message}} Повторно обращаться не нужно. Приносим извинения за неудобства.',
      zh: '关于您反映的问题（{{trackingCode}}）：{{message}} 无需再次联系我们。给您带来不便，敬请谅解。',
    },
  },

  // ------------------------------------------------------------- escalation
  {
    code: 'escalation-email',
    purpose: 'escalation',
    channel: 'email',
    name: {
      en: 'Complaint escalated (email)',
      fa: 'ارجاع شکایت به سطح بالاتر (ایمیل)',
      ru: 'Жалоба передана на более высокий уровень (email)',
      zh: '投诉已升级处理（邮件）',
    },
    subject: {
      en: 'Your complaint {{trackingCode}} has been passed to a senior team',
      fa: 'شکایت {{trackingCode}} به کارشناسان ارشد ارجاع شد',
      ru: 'Ваша жалоба {{trackingCode}} передана старшим специалистам',
      zh: '您的投诉 {{trackingCode}} 已转交高级专员处理',
    },
    body: {
      en: 'Dear {{customerName}},\n\nThank you for your patience. To give your complaint {{trackingCode}} the attention it needs, we have passed it to a team of senior specialists.\n\n{{message}}\n\nThe team will contact you if they need more information, and you will receive our answer by {{dueDate}}. You can follow progress at {{portalUrl}} with your tracking code and PIN.\n\nKind regards,\nCustomer Relations Team',
      fa: '{{customerName}} گرامی،\n\nاز شکیبایی شما سپاسگزاریم. برای آنکه به شکایت {{trackingCode}} شما با دقت لازم رسیدگی شود، پرونده به گروه کارشناسان ارشد ارجاع داده شد.\n\n{{message}}\n\nدر صورت نیاز به اطلاعات بیشتر، کارشناسان با شما تماس می‌گیرند و پاسخ ما حداکثر تا تاریخ {{dueDate}} برای شما ارسال می‌شود. روند رسیدگی را می‌توانید با کد رهگیری و رمز پیگیری در {{portalUrl}} دنبال کنید.\n\nبا احترام،\nواحد ارتباط با مشتریان',
      ru: 'Уважаемый(ая) {{customerName}}!\n\nБлагодарим за терпение. Чтобы уделить вашей жалобе {{trackingCode}} должное внимание, мы передали её группе старших специалистов.\n\n{{message}}\n\nСпециалисты свяжутся с вами, если понадобится дополнительная информация, а ответ вы получите не позднее {{dueDate}}. Следить за ходом рассмотрения можно на странице {{portalUrl}} с помощью кода отслеживания и PIN-кода.\n\nС уважением,\nСлужба по работе с клиентами',
      zh: '尊敬的{{customerName}}：\n\n感谢您的耐心等待。为确保您的投诉 {{trackingCode}} 得到应有的重视，我们已将其转交高级专员团队处理。\n\n{{message}}\n\n如需更多信息，专员会与您联系；我们最迟将于 {{dueDate}} 前给予答复。您可凭查询编号和密码在 {{portalUrl}} 查看处理进度。\n\n此致\n客户关系部',
    },
  },
  {
    code: 'escalation-sms',
    purpose: 'escalation',
    channel: 'sms',
    name: {
      en: 'Complaint escalated (SMS)',
      fa: 'ارجاع شکایت به سطح بالاتر (پیامک)',
      ru: 'Жалоба передана на более высокий уровень (SMS)',
      zh: '投诉已升级处理（短信）',
    },
    subject: {
      en: 'Complaint escalated',
      fa: 'ارجاع شکایت',
      ru: 'Жалоба передана',
      zh: '投诉已升级',
    },
    body: {
      en: 'Your complaint {{trackingCode}} has been passed to a senior team for a closer review. We will answer by {{dueDate}}. Track it: {{portalUrl}}',
      fa: 'شکایت {{trackingCode}} برای بررسی دقیق‌تر به کارشناسان ارشد ارجاع شد. پاسخ تا {{dueDate}} ارسال می‌شود. پیگیری: {{portalUrl}}',
      ru: 'Жалоба {{trackingCode}} передана старшим специалистам для детального рассмотрения. Ответим до {{dueDate}}. Статус: {{portalUrl}}',
      zh: '您的投诉 {{trackingCode}} 已转交高级专员详细审查，我们将于{{dueDate}}前答复。进度查询：{{portalUrl}}',
    },
  },
];
