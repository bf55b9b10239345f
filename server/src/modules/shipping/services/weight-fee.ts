/** First weight plus additional weight: how couriers price a parcel (首重 + 续重). */
export interface WeightTariff {
  firstWeightGrams: number;
  firstFeeFen: number;
  /** Each started unit of this many grams beyond the first weight costs `additionalFeeFen`. */
  additionalUnitGrams: number;
  additionalFeeFen: number;
}

/** Fee in fen for a parcel of `weightGrams`; a started additional unit is charged in full. */
export function weightFeeFen(tariff: WeightTariff, weightGrams: number): number {
  if (weightGrams <= tariff.firstWeightGrams) return tariff.firstFeeFen;
  const extraUnits = Math.ceil((weightGrams - tariff.firstWeightGrams) / tariff.additionalUnitGrams);
  return tariff.firstFeeFen + extraUnits * tariff.additionalFeeFen;
}

/** Problems with a tariff's numbers, as [field, message] pairs. */
export function tariffProblems(t: WeightTariff): [string, string][] {
  const out: [string, string][] = [];
  const whole = (v: number) => Number.isInteger(v) && v >= 0;
  if (!whole(t.firstWeightGrams) || t.firstWeightGrams < 1) out.push(['firstWeightGrams', 'First weight must be a whole number of grams, at least 1']);
  if (!whole(t.additionalUnitGrams) || t.additionalUnitGrams < 1) out.push(['additionalUnitGrams', 'Additional weight unit must be a whole number of grams, at least 1']);
  if (!whole(t.firstFeeFen) || t.firstFeeFen > 10_000_000) out.push(['firstFeeFen', 'First-weight fee must be a whole number of fen, 0 to 100,000 yuan']);
  if (!whole(t.additionalFeeFen) || t.additionalFeeFen > 10_000_000) out.push(['additionalFeeFen', 'Additional-weight fee must be a whole number of fen, 0 to 100,000 yuan']);
  return out;
}
