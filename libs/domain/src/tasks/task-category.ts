/**
 * What a task is about (§3.2): guiding residents to public-service apps (VNeID, the national public-service
 * portal), cashless payment, e-commerce, skills training, publicity, collecting data, or anything else.
 */
export const TASK_CATEGORIES = [
  'public_service_apps',
  'cashless_payment',
  'ecommerce',
  'digital_skills_training',
  'publicity',
  'data_collection',
  'other',
] as const;
export type TaskCategory = (typeof TASK_CATEGORIES)[number];
