import { cleanUnitName } from '@cdt/domain';
import * as vietnamProvinces from 'vietnam-provinces';
import type { UnitTreeNode } from './units.importer';

interface SourceUnit {
  code: string;
  name: string;
}

/** The package ships declarations that reference a missing types file, so its shape is stated here. */
const { provinces, districts, wards } = vietnamProvinces as unknown as {
  provinces: SourceUnit[];
  districts: (SourceUnit & { province_code: string })[];
  wards: (SourceUnit & { district_code: string })[];
};

export const QUANG_TRI_CODE = '45';

/**
 * The 2022 administrative units of a province from the MIT-licensed `vietnam-provinces` package: the shape the
 * plan was written for (Quảng Trị: 10 district-level units, 125 communes).
 */
export function provinceTree(provinceCode: string = QUANG_TRI_CODE): UnitTreeNode {
  const province = provinces.find((p) => p.code === provinceCode);
  if (!province) throw new Error(`vietnam-provinces has no province with code ${provinceCode}`);
  return {
    code: province.code,
    name: cleanUnitName(province.name),
    kind: 'province',
    children: districts
      .filter((d) => d.province_code === provinceCode)
      .map((d) => ({
        code: d.code,
        name: cleanUnitName(d.name),
        kind: 'district' as const,
        children: wards
          .filter((w) => w.district_code === d.code)
          .map((w) => ({ code: w.code, name: cleanUnitName(w.name), kind: 'commune' as const })),
      })),
  };
}
