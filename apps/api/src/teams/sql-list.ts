/** A domain enum as an SQL list, so entity check constraints follow the domain's values. */
export const sqlList = (values: readonly string[]): string => values.map((v) => `'${v}'`).join(',');
