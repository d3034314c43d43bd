/** Vietnamese texts of the dashboard screens (merged into i18n/vi.ts as `dashboard`); the English object mirrors every key. */
export const dashboardVi = {
  title: 'Bảng điều hành',
};

export const dashboardEn: typeof dashboardVi = {
  title: 'Dashboard',
};
