import { VEHICLE_KINDS } from '../../model/concepts/vehicles.js';
import { toDecimal, type Amount } from '../../model/money.js';
import type { CellValue } from '../../model/cell.js';
import type { WriterInput } from '../../model/writer-input.js';

/** What a prefilled template shows in its fact sheets, from a WriterInput (keys as in fact-sheets.ts). */

type Values = Record<string, string | number | undefined>;

const num = (a: Amount | undefined) => (a ? toDecimal(a).toNumber() : undefined);
/** A cell as typed into the template: figures as printed ("87%", "优", "5000"). */
const cellText = (v: CellValue | undefined): string | undefined => {
  if (!v) return undefined;
  if (v.kind === 'amount') return String(toDecimal(v.amount));
  if (v.kind === 'number') return v.value;
  if (v.kind === 'percent') return `${v.value}%`;
  if (v.kind === 'text') return v.text;
  return undefined;
};
const cellNum = (v: CellValue | undefined) =>
  v?.kind === 'amount' ? toDecimal(v.amount).toNumber() : v?.kind === 'number' ? Number(v.value) : undefined;

export function keyValueValues(input: WriterInput): Record<string, Values> {
  const l = input.lastYear ?? {};
  const tp = input.threePublic ?? {};
  const p = input.procurement ?? {};
  const a = input.assets;
  const s = input.performanceSummary ?? {};
  const vehicles: Values = {};
  VEHICLE_KINDS.forEach((k, i) => (vehicles[`vehicle.${i}`] = a?.vehicleKinds.find((v) => v.label === k)?.count));
  return {
    部门概况: {
      name: input.meta.name,
      region: input.meta.region,
      kind: input.meta.kind,
      unitCount: input.overview.unitCount,
      internalBodies: input.overview.internalBodies.join('、') || undefined,
    },
    上年数: {
      grandTotal: num(l.grandTotal),
      fiscalGrandTotal: num(l.fiscalGrandTotal),
      gpbExpenditure: num(l.gpbExpenditure),
      'threePublic.abroad': num(l.threePublic?.abroad),
      'threePublic.car': num(l.threePublic?.car),
      'threePublic.carPurchase': num(l.threePublic?.carPurchase),
      'threePublic.carRun': num(l.threePublic?.carRun),
      'threePublic.reception': num(l.threePublic?.reception),
      'threePublic.total': num(l.threePublic?.total),
    },
    三公预算与统计数: {
      abroadGroups: tp.abroadGroups,
      abroadPeople: tp.abroadPeople,
      carPurchased: tp.carPurchased,
      carHeld: tp.carHeld,
      receptionBatches: tp.receptionBatches,
      receptionPeople: tp.receptionPeople,
      foreignReceptionAmount: num(tp.foreignReceptionAmount),
      foreignReceptionBatches: tp.foreignReceptionBatches,
      foreignReceptionPeople: tp.foreignReceptionPeople,
    },
    机关运行经费: { adminCost: num(input.adminCost), 'lastYear.adminCost': num(l.adminCost) },
    政府采购: {
      total: num(p.total),
      goods: num(p.goods),
      works: num(p.works),
      services: num(p.services),
      smeReserved: num(p.smeReserved),
      smallReserved: num(p.smallReserved),
      smeAwardedReserved: num(p.smeAwardedReserved),
      smallAwardedReserved: num(p.smallAwardedReserved),
      smeAwardedOther: num(p.smeAwardedOther),
    },
    国有资产: a ? { asOf: a.asOf, ...vehicles, vehicles: a.vehicles, equipmentOver1m: a.equipmentOver1m } : {},
    原因: Object.fromEntries(Object.entries(input.reasons ?? {}).filter(([k]) => !k.startsWith('item.'))),
    绩效概况: {
      declaredProjects: s.declaredProjects,
      declaredFunds: num(s.declaredFunds),
      projectBudgetTotal: num(s.projectBudgetTotal),
      overall: s.overall,
      remarks: s.remarks,
      systems: s.systems,
      mechanism: s.mechanism,
      goalProjects: s.goalProjects,
      goalFunds: num(s.goalFunds),
      trackedProjects: s.trackedProjects,
      trackedFunds: num(s.trackedFunds),
      evaluatedProjects: s.evaluatedProjects,
      evaluatedFunds: num(s.evaluatedFunds),
      averageScore: s.averageScore,
      'ratings.excellent': s.ratings?.excellent,
      'ratings.good': s.ratings?.good,
      'ratings.pass': s.ratings?.pass,
      'ratings.fail': s.ratings?.fail,
      'issues.found': s.issues?.found,
      'issues.fixed': s.issues?.fixed,
      'issues.fixing': s.issues?.fixing,
    },
  };
}

export function listValues(input: WriterInput): Record<string, Values[]> {
  const t05 = input.tables.find((t) => t.id === 't05');
  const nameOf = (code: string) => t05?.rows.find((r) => r.code === code)?.label;
  return {
    年初预算: Object.entries(input.budget?.items ?? {}).map(([code, b]) => ({
      code,
      name: nameOf(code),
      budget: num(b),
      reason: input.reasons?.[`item.${code}`],
      usage: input.usages?.[code],
    })),
    绩效自评: input.performance.map((p) => {
      const f = p.funds.total ?? p.funds.fiscal;
      const t = input.performanceSummary?.projects?.[p.projectName];
      const score = p.total.score;
      return {
        name: p.projectName,
        department: p.department,
        implementer: p.implementer,
        initialBudget: cellNum(f?.initialBudget),
        fullYearBudget: cellNum(f?.fullYearBudget),
        executed: cellNum(f?.executed),
        carryover: cellNum(p.funds.carryover?.executed),
        fundsWeight: cellNum(f?.weight),
        fundsScore: cellText(f?.score),
        score: cellText(score),
        expected: p.goals.expected || undefined,
        actual: p.goals.actual || undefined,
        summary: t?.summary,
        details: t?.details,
      };
    }),
    绩效指标: input.performance.flatMap((p) =>
      p.indicators.map((i) => ({
        project: p.projectName,
        level1: i.level1,
        level2: i.level2,
        level3: i.level3,
        target: cellText(i.target),
        actual: cellText(i.actual),
        weight: cellText(i.weight),
        score: cellText(i.score),
        deviation: i.deviation || undefined,
      })),
    ),
    部门职责: input.overview.duties.map((d) => ({ text: d.text })),
    机构设置: input.overview.organization.map((p) => ({ text: p.text })),
    名词解释: input.glossary.map((g) => ({ term: g.term, definition: g.definition })),
    其他重要事项: (input.otherMatters ?? []).map((text) => ({ text })),
  };
}
