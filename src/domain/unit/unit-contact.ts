/** A person linked to a unit as its contact (单位联系人): they act for the unit and see its hazards. */
export interface UnitContact {
  readonly unitId: number;
  readonly userId: string;
  readonly linkedBy: string;
  readonly linkedAt: string;
}
