import type {Rule} from '../rule.js'
import {afisAddressed} from './afis-addressed.js'
import {chiefOfficerComments} from './chief-officer-comments.js'
import {chiefOfficerInvited} from './chief-officer-invited.js'
import {citesSection55} from './cites-section-55.js'
import {copiesSent} from './copies-sent.js'
import {datesStated} from './dates-stated.js'
import {draftDaysLeft} from './draft-days-left.js'
import {explanationsInLpbComments} from './explanations-in-lpb-comments.js'
import {fireReportNotSection55} from './fire-report-not-section-55.js'
import {localPolicingBody} from './local-policing-body.js'
import {lpbComments} from './lpb-comments.js'
import {monitoringDescribed} from './monitoring-described.js'
import {nationalReportGuidanceRule} from './national-report-guidance.js'
import {noS55ExclusionClaim} from './no-s55-exclusion-claim.js'
import {otherRecommendationsExplained} from './other-recommendations-explained.js'
import {partsLabelled} from './parts-labelled.js'
import {placeholdersFilled} from './placeholders-filled.js'
import {publishedWithin56Days} from './published-within-56-days.js'
import {recommendationsExplained} from './recommendations-explained.js'
import {reportIdentified} from './report-identified.js'
import {reportLinked} from './report-linked.js'
import {responseToChiefOfficer} from './response-to-chief-officer.js'
import {signedAndDated} from './signed-and-dated.js'

/** Every rule, statute first (in the order of section 55), then good practice. */
export const rules: readonly Rule[] = [
  lpbComments,
  chiefOfficerInvited,
  chiefOfficerComments,
  responseToChiefOfficer,
  publishedWithin56Days,
  draftDaysLeft,
  recommendationsExplained,
  otherRecommendationsExplained,
  explanationsInLpbComments,
  copiesSent,
  noS55ExclusionClaim,
  reportIdentified,
  localPolicingBody,
  citesSection55,
  datesStated,
  reportLinked,
  partsLabelled,
  afisAddressed,
  monitoringDescribed,
  signedAndDated,
  // Which duty applies to the report at all: for a fire report, the only rule that runs.
  fireReportNotSection55,
  nationalReportGuidanceRule,
  placeholdersFilled
]
