export {SourcePoint, SourceSpan} from './lib/position.js'
export {IsoDate} from './lib/dates.js'
export {
  Addressee,
  AreaForImprovement,
  CauseOfConcern,
  Finding,
  FindingKind,
  HistoricalFinding,
  InnovativePractice,
  PromisingPractice,
  Recommendation,
  addresseeKinds,
  findingKinds
} from './lib/finding.js'
export {
  Grade,
  GradeValue,
  InspectionFramework,
  InspectionReport,
  ReportKind,
  ReportSubject,
  gradeValues,
  inspectionFrameworks,
  reportKinds,
  schemaVersion,
  subjectKinds
} from './lib/report.js'
export {
  ChiefOfficer,
  Exclusion,
  FindingReference,
  FindingResponse,
  LocalPolicingBodyKind,
  PartKind,
  Person,
  ReportReference,
  Respondent,
  ResponseAddressee,
  ResponsePart,
  Stance,
  StatutoryCitation,
  StatutoryResponse,
  addresseeRecipientKinds,
  localPolicingBodyKinds,
  partKinds,
  stances
} from './lib/response.js'
export {InvalidDateError, ScrutinyError} from './lib/errors.js'
export {
  dayOfResponsePeriod,
  fromDayNumber,
  policingAndCrimeAct2017Commencement,
  responseDeadline,
  responsePeriodDays,
  section55Duties,
  toDayNumber
} from './lib/section55.js'
export type {Section55Duties} from './lib/section55.js'
export {
  DocumentValidationError,
  assertInspectionReport,
  assertStatutoryResponse,
  validateInspectionReport,
  validateStatutoryResponse
} from './lib/validate.js'
export type {ValidationIssue, ValidationResult} from './lib/validate.js'
export {documentSchemas, toJsonSchema} from './lib/json-schema.js'
export type {DocumentSchemaName} from './lib/json-schema.js'
export * from './lib/reference/index.js'
