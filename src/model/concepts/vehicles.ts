/**
 * 车辆用途: the kinds of vehicle a 国有资产占用 statement counts, in the order the disclosures list them
 * (公务用车制度改革 categories). The Excel template asks for one count per kind; the writer names them.
 */
export const VEHICLE_KINDS = [
  '部级领导干部用车',
  '主要领导干部用车',
  '机要通信用车',
  '应急保障用车',
  '执法执勤用车',
  '特种专业技术用车',
  '离退休干部用车',
  '其他用车',
] as const;

export type VehicleKindLabel = (typeof VEHICLE_KINDS)[number];
