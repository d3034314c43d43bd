/** Vietnamese texts of the channels screens (merged into i18n/vi.ts as `channels`); the English object mirrors every key. */
export const channelsVi = {
  title: 'Kênh trao đổi',
};

export const channelsEn: typeof channelsVi = {
  title: 'Channels',
};
