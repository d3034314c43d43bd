/** Vietnamese texts of the tasks screens (merged into i18n/vi.ts as `tasks`); the English object mirrors every key. */
export const tasksVi = {
  title: 'Nhiệm vụ',
};

export const tasksEn: typeof tasksVi = {
  title: 'Tasks',
};
