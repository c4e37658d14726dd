/** Keys of react-admin 5.15 that ra-language-russian 5.4 does not have yet. */
const raRussianExtra = {
  ra: {
    guesser: {
      empty: {
        title: 'Нет данных для отображения',
        message: 'Пожалуйста, проверьте поставщика данных',
      },
    },
  },
};

export default raRussianExtra;
