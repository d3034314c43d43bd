/** Vietnamese texts of the reports screens (merged into i18n/vi.ts as `reports`); the English object mirrors every key. */
export const reportsVi = {
  title: 'Báo cáo định kỳ',
};

export const reportsEn: typeof reportsVi = {
  title: 'Periodic reports',
};
