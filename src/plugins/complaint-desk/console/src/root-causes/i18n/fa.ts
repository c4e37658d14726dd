import type { Messages } from './en';

const messages: Messages = {
  name: 'علت ریشه‌ای |||| علل ریشه‌ای',
  fields: {
    code: 'کد',
    title: 'عنوان',
    description: 'شرح',
    sixM: 'دسته 6M',
    parentId: 'علت والد',
    active: 'فعال',
  },
};

export default messages;
