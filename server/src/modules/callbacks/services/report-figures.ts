/** The figures of a campaign summary report (回访总结报告), stored as the archived snapshot. */
export interface SpecialistFigures {
  specialistId: number;
  specialistName: string;
  tasks: number;
  completed: number;
  reached: number;
  satisfied: number;
  average: number;
  unsatisfied: number;
  late: number;
  openFollowUps: number;
  complaints: number;
}

export interface ReportEntry {
  taskId: number;
  customerId: number;
  customerName: string;
  specialistName: string;
  rating: string | null;
  text: string;
}

export interface CallbackReportData {
  generatedAt: string;
  tasks: number;
  completed: number;
  reached: number;
  late: number;
  members: number;
  membersReached: number;
  satisfied: number;
  average: number;
  unsatisfied: number;
  complaints: number;
  suggestions: ReportEntry[];
  unresolvedFollowUps: ReportEntry[];
  perSpecialist: SpecialistFigures[];
}
