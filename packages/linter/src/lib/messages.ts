// The linter's one message table: for every rule, what it checks, the citation (the message `note`),
// why the law (or good practice) asks for it in plain words, and each message it can give, in the
// developer form ("Unexpected …, expected …", for stylish, JSON, SARIF, GitHub) and the plain form
// for people (the text reporter, the playground): what is missing and what to add. `docs/rules.md`
// and the rules' URLs are generated from this table, so the forms cannot drift apart.
//
// `{name}` in a message is filled from the values the rule reports.

/** What a message says about its check: met (with the passage), not met, or cannot tell from the text. */
export type Outcome = 'met' | 'not-met' | 'cannot-tell'

/** What a rule rests on (labels of `shared/reference/section55.md` §7 and §8). */
export type RuleBasis = 'statute' | 'statute-unverifiable' | 'good-practice'

export interface MessageSpec {
  outcome: Outcome
  /** Developer form: "Unexpected …, expected …" (for `met`: what was found). */
  reason: string
  /** Plain form for a policy officer: what is missing (or found). */
  plain: string
  /** What to add or check, in plain words. */
  fix?: string
}

export interface RuleSpec {
  /** What the rule checks, one sentence. */
  description: string
  /** The statutory citation or guidance the rule rests on, set as the message `note`. */
  note: string
  basis: RuleBasis
  /** Why the law (or good practice) asks for it, in plain words. */
  why: string
  /** What in the text makes each outcome, where the forms read need saying (for the docs). */
  reading?: string
  messages: Record<string, MessageSpec>
}

export const ruleSpecs = {
  'lpb-comments': {
    description: "The local policing body's own comments on the report are present.",
    note: 'Police Act 1996 s.55(5)(a)',
    basis: 'statute',
    why: 'The law requires the body to prepare and publish its own comments on the report.',
    reading:
      'Met by a part headed for the body ("Police & Crime Commissioner comments"; a sentence, "Police response to victims … is not good enough; …", is no heading), or the body\'s voice: the first person ("I welcome the report"), or the body in the third person on a news page ("The PCC for Surrey, Kevin Hurley, recognises …", "The Police, Fire and Crime Commissioner for Northamptonshire, Stephen Mold welcomes …", "The Commissioner welcomed …", "Responding to the publication PCC Katy Bourne said …", "In response, the PCC said …", with the area or the holder’s name around the title, "Bedfordshire’s Police and Crime Commissioner - Kathryn Holloway, has commented …", "Adam Simmonds, Police and Crime Commissioner for Northamptonshire, has today backed …", any sentence whose subject is the body by its title or by a name the text introduced with the title, before a verb of speech or view, after a paragraph number and a lead-in ("iii. The PCC shared the concerns of Panel members", "The PCC was of the view that …", "The Commissioner presented a report …", "David Keane, Police & Crime Commissioner for Cheshire said:", "Ms Linden, who leads the mayor’s office for policing and crime (MOPAC), told …" after "Sophie Linden, Mr Khan’s deputy mayor for policing"; not a candidate for the office or a former holder, nor the writer’s own account, "… told me that …"), a panel’s minutes, "The PCC advised the Panel that …", "The Commissioner explained …" where the text gives the body’s title or is a police and crime panel’s minutes ("… welcomed the challenge from the Panel") and no force led by a Commissioner is named (in Metropolitan and City of London texts the Commissioner is the chief officer), or a mayor who is the body, also after the chief’s quotes on a news page). Never met by the first person of the force’s own statement (its chief officer speaks, and no body is the respondent or speaks): not met where the text says whose it is, the force issuing it ("The following message has been sent by Wiltshire Police"), its chief writing it outside quotation marks ("since my appointment as Chief Constable", "As Chief Constable, I …") or its lead (a by-line, "Statement from Chief Constable …"; the lead-in to an opening quotation, "Chief Constable Steve Ashman said:"; or the first paragraph of prose) reporting the chief speaking ("Derbyshire’s Chief Constable Mick Creedon has welcomed …") where the body is named only inside quoted words, cut off or not; where it only quotes or reports the chief elsewhere ("Dame Lynne Owens, Deputy Commissioner, said:") or another officer of the force ("Detective Chief Inspector Steve Bean, the force lead for …, says that …"; not an inspector of constabulary), not met in a text read whole that names no body and has no writer saying “I” outside quotation marks, otherwise cannot tell (a body named as a partner, a text cut off, an unnamed writer who may be the body). Cannot tell where the text is cut off (a long last line, or a short one of three words or more, stopping in a lower-case word: "It also highlights areas for improve"; not a link’s label, "View the full news release", a sign-off or a heading), points to an attachment, annex or other page, is the minutes of a meeting (two marks of minutes: "RESOLVED", "Agenda item", "A Member asked …", "The Panel noted …"), which record what was said and are not the body’s publication, reports the body speaking in words not read as its comments ("Mr Smith said …" after naming him as commissioner), never presents itself as a response (no "response", "comments on", "Dear …" or section 55: a page about the report), or is an index page (two lines or more of one form of link label: "… – February 2021 Response", "PCC & Force Response to PEEL Effectiveness 2018", "Stephen Greenhalgh’s response to … – Oct 2014.", "Published on: 13 April 2022"; or a page saying it posts responses, "We’ll post those responses in this section"), whose first-person lines may be the page’s own words; likewise where the body’s heading has nothing under it but a pointer ("PCC’s Response" / "The PCC’s response can be viewed here."). Minutes are marked also by "Members considered …" and "Members received …". The minutes of the body’s own committee are the body’s, not a panel’s: in the City of London (its Police Authority Board, police committees and sub-committees), after the Commissioner’s report or answers, the chair’s or a member’s view ("The Chair observed that …", "A Member noted that …", "A Member, …, sought clarity …"; not a request, "The Chair requested …", nor "Members noted the report") is met as its comments. Not met, cut off or not, where the lead names a speaker who is not a local policing body and no body speaks in the text: a candidate for the office ("Plaid Cymru’s candidate to be the new Police and Crime Commissioner, Dafydd Llywelyn, who was responding …"), a national association, the Home Secretary, the Home Office or the policing minister as its subject or by-line ("The Association of Police and Crime Commissioners has welcomed …", "Statement from the NPCC"), a Member of Parliament writing ("your MP cannot be in any way comfortable with the outcome of the report", "I, and my MP colleagues"; not "write to your MP"), the message saying whose it is where it is the chiefs’ council’s (`chiefs-council`) or the Government’s (`government`). Not met (`association`: an association’s statement, not a local policing body’s response) where the text is the statement of an organisation that is not a body and no body speaks in it: a chiefs’ council (of police or of fire chiefs, "NFCC responds to the new fire inspectorate report"), London Councils, the Local Government Association, a staff association or its branch, the Home Secretary or the Home Office, by its headline ("NPCC respond to HMICFRS PEEL spotlight report", "State of Policing 2022 report: government response"), a by-line or a letter’s sender ("Letter from the Home Secretary to …", which settles who writes whoever the letter names), its lead (also naming its officer by role before a branch’s name, "The chair of Hertfordshire Police Federation has warned …", or after a clause saying what it answers, "Following the publication of …, the National Fire Chiefs Council has responded …") or its first speaker’s lead-in ("National Police Chiefs’ Council Chair, Martin Hewitt, said:", "…, Cllr Muhammed Butt, London Councils Executive Member for Community and Safety, said:"); by the first speaker only in a text read whole, cannot tell where it is cut off (a body may speak in the rest). An address block ("Home Secretary / 2 Marsham Street") is where a body’s letter is sent, not who writes it. The commissioners’ own association speaks for commissioners: its words are read as theirs. The message says whose the text is: the national chiefs’ council’s (`chiefs-council`), the Government’s, the Home Secretary or the Home Office or GOV.UK’s "government response" (`government`), another association’s (`association`). A first-person voice inside the quotation of someone named by a role that names no body, police or public office ("Penny Chapman, deputy director at Torfaen Women’s Aid, said: “We met …”"), where no body is the respondent or speaks, is that person’s, not the body’s comments. Not met (`parliament`) in Parliament’s record, Hansard’s header among the first lines ("Volume 606: debated on Thursday 25 February 2016"), whoever it names: a minister’s statement is no body’s publication. Not met (`force-voice`) also where the text’s own "we", outside quotation marks, is the force the inspectorate inspected ("we were inspected again by Her Majesty’s Inspectorate", "HMICFRS findings about our continued weaknesses", "graded us") or its headline is the force’s answer to the inspectorate ("Lancashire Police Response to HMIC Custody report"; not a report’s title, "The Police Response to …"), cut off or not, where no body speaks. Cannot tell where the body speaks in a text that names no report, inspection or assessment (at most the inspectorate, "highly rated by the police inspectorate"): its words may answer something else, a question at a meeting. Not met (an error) only in a text read whole that has none.',
    messages: {
      found: {outcome: 'met', reason: "Found the local policing body's comments", plain: "The body's own comments are there."},
      missing: {
        outcome: 'not-met',
        reason: "Unexpected response without the local policing body's own comments, expected its comments on the report (s.55(5)(a))",
        plain: "The response does not include the body's own comments on the report.",
        fix: 'Add a section in your own voice commenting on the report, headed for example "Commissioner\'s comments".'
      },
      'force-voice': {
        outcome: 'not-met',
        reason:
          "Unexpected statement in the force's own voice (“{passage}”), expected the local policing body's own comments on the report (s.55(5)(a)): this is the force's statement, and section 55 binds the local policing body that maintains the force",
        plain:
          'The text is the force’s own statement (“{passage}”), not the body’s comments on the report: section 55 asks the local policing body (the commissioner, mayor or Common Council), not the force, to comment.',
        fix: 'Publish the body’s own comments, in its own voice; the force’s statement can be published with them as the chief officer’s comments.'
      },
      'other-voice': {
        outcome: 'not-met',
        reason: "Unexpected statement by someone who is not the local policing body (“{passage}”), expected the body's own comments on the report (s.55(5)(a))",
        plain: 'The text is the statement of someone who is not the local policing body (“{passage}”), not the body’s comments on the report.',
        fix: 'Publish the body’s own comments on the report, in its own voice: only the commissioner, mayor or Common Council that maintains the force can give them.'
      },
      association: {
        outcome: 'not-met',
        reason: "Unexpected statement of an organisation that is not a local policing body (“{passage}”), expected the body's own comments on the report (s.55(5)(a)): this is an association's statement, not a local policing body's response",
        plain: 'The text is the statement of an organisation that is not a local policing body (“{passage}”): an association’s statement, not a local policing body’s response.',
        fix: 'Check which body maintains the force: only its commissioner, mayor or Common Council can give the comments section 55 asks for.'
      },
      'chiefs-council': {
        outcome: 'not-met',
        reason:
          "Unexpected statement of the national chiefs' council (“{passage}”), expected the local policing body's own comments on the report (s.55(5)(a)): the chiefs' council speaks for chief officers, and section 55 binds the local policing body that maintains the force",
        plain:
          'The text is the national chiefs’ council’s statement (“{passage}”), not a body’s comments on the report: section 55 asks the local policing body (the commissioner, mayor or Common Council) to comment.',
        fix: 'Look for the response of the body that maintains the force the report is about: only its commissioner, mayor or Common Council can give the comments section 55 asks for.'
      },
      government: {
        outcome: 'not-met',
        reason:
          "Unexpected statement of the Government (“{passage}”), expected the local policing body's own comments on the report (s.55(5)(a)): this is the Home Secretary's or the Home Office's, who receive the comments, and section 55 binds the local policing body that maintains the force",
        plain:
          'The text is the Government’s statement (“{passage}”), not a body’s comments on the report: the Home Secretary receives the comments section 55 asks for, and the local policing body (the commissioner, mayor or Common Council) gives them.',
        fix: 'Look for the response of the body that maintains the force the report is about: only its commissioner, mayor or Common Council can give the comments section 55 asks for.'
      },
      parliament: {
        outcome: 'not-met',
        reason:
          "Unexpected record of Parliament (“{passage}”), expected the local policing body's own comments on the report (s.55(5)(a)): this is a statement or debate in Parliament (Hansard), and section 55 binds the local policing body that maintains the force",
        plain:
          'The text is Parliament’s record (“{passage}”, Hansard), not a body’s comments on the report: section 55 asks the local policing body (the commissioner, mayor or Common Council) to comment.',
        fix: 'Look for the response of the body that maintains the force the report is about: only its commissioner, mayor or Common Council can give the comments section 55 asks for.'
      },
      'cannot-tell': {
        outcome: 'cannot-tell',
        reason: "Unexpected response without the local policing body's own comments in the text read ({why}), expected its comments on the report (s.55(5)(a))",
        plain: "The body's own comments were not found in the text read ({why}).",
        fix: 'Check the full document: the comments may be in the part not read, or in the page or attachment it points to.'
      }
    }
  },
  'chief-officer-invited': {
    description: 'The chief officer was invited to comment, or their comments appear.',
    note: 'Police Act 1996 s.55(4)',
    basis: 'statute-unverifiable',
    why: 'The law requires the body to invite the chief officer to comment on the report; the invitation can happen off the page.',
    messages: {
      found: {outcome: 'met', reason: "Found the chief officer's comments or an invitation to give them", plain: 'The chief officer was invited to comment.'},
      missing: {
        outcome: 'not-met',
        reason:
          "Unexpected response without the chief officer's comments or an invitation to give them, expected the body to invite the chief officer to comment (s.55(4))",
        plain: 'The response does not show that the chief officer was invited to comment.',
        fix: "Include the chief officer's comments, or say that you invited them (and by what date)."
      },
      'cannot-tell': {
        outcome: 'cannot-tell',
        reason:
          "Unexpected response without the chief officer's comments or an invitation to give them in the text read ({why}), expected the body to invite the chief officer to comment (s.55(4))",
        plain: "Neither the chief officer's comments nor an invitation to give them were found in the text read ({why}).",
        fix: 'Check the full document, or the page or attachment it points to, for the comments or the invitation.'
      }
    }
  },
  'chief-officer-comments': {
    description: "The chief officer's comments are published with the response, or it says none were submitted.",
    note: 'Police Act 1996 s.55(5)(b)',
    basis: 'statute-unverifiable',
    why: "The law requires any comments the chief officer submitted to be published with the body's comments.",
    reading:
      'Met by a part headed for the chief ("Chief Constable\'s comments", "Comments of the Chief Constable"), a hand-over ("he has stated:", "The Chief Constable\'s response is as follows:", "… are set out below.", "The Chief Constable’s comments follow."), the chief by title and name before a colon and a quote ("Chief Constable Jo Bloggs: “…”"), in the Metropolitan and City of London forces a Commissioner\'s rank speaking ("Dame Lynne Owens, Deputy Commissioner, said:"), a quote attributed to the chief before or after it ("Chief Constable Mark Webster said: “…”", "Chief Constable Simon Bailey welcomed the report saying: “…”", "“…,” said the Chief Constable"), the chief speaking in a paragraph, at its start or after the body’s own sentences ("The Chief Constable has responded to the report, saying …", "I welcome the report. The Chief Constable said he …"), a hand-over with the comments in the same paragraph ("I have received the Chief Constable’s comments, which are as follows: …"; that paragraph is then the body’s and the chief’s), the chief by name once named with the title, also with an honorific ("Mr Creedon said: “…”" after "Chief Constable Mick Creedon"; "Mr Campion", not so named, is not the chief), a form\'s field with its text on the same line ("FORCE RESPONSE: The HMIC report …"; a title of more than five words before its colon is not a field), the writer as the chief ("since my appointment as Chief Constable", "As Chief Constable, I …": the text\'s own voice is then the chief\'s, not the body\'s; "my appointment of the Chief Constable" is the body speaking), advice relayed ("I am advised by the Chief Constable"), a hand-over by pronoun after the chief is named ("I have asked the Chief Constable for his response, …. His response is as follows:"), the chief (or a deputy or assistant chief constable) reported at the head of a paragraph, as minutes and news pages report them, after a paragraph number, a bullet or "In response to a question …," ("3.3 The Chief Constable informed the Panel that he welcomed …", "The Chief Constable has thanked officers and staff …", in a paragraph with no first person of its own outside quotation marks: "The Chief Constable has confirmed to me …" is the body’s account), in the Metropolitan and City of London forces (a text naming them, the City’s Police Authority Board or Common Council, MOPAC, or an Assistant Commissioner) the Commissioner’s ranks so reported ("The Assistant Commissioner commented that …", "The Commissioner explained …", "In response, the Commissioner said: …"), the chief as the subject of a sentence whose colon opens a quotation ("Chief Constable Amanda Blakeman acknowledged the findings and reiterated the force’s commitment to improvement: “We take …”"), or any sentence whose subject is the chief by title or by a name the text introduced with the title, before a verb of speech or view ("It was the view of the Chief Constable that …", "Ms Bloggs said …" after "Chief Constable Jo Bloggs"), or the author of a paper that minutes say a meeting received or considered ("The Sub-Committee received a report of the Commissioner of Police …", or in the passive, "… so that the update report of the Commissioner … was considered next"; a bare "Commissioner" only in a text naming a force led by one, or the City of London Corporation, "the Corporation’s"), a title in lower case as news copy writes it ("the chief constable, who took up post in May, said …", "Kent Police’s chief constable Alan Pughsley said …"), a deputy or assistant chief constable by the abbreviation ("DCC Jo Bloggs explained …", "ACC Foskett said …"), a pledge ("has pledged to act …"), a title after the force’s name ("“…,” the Met Commissioner said", "according to the chief constable"), a meeting hearing the chief on the inspection ("Chief Constable Amanda Blakeman provided an update on the recent … inspection", "The Chief Constable gave a presentation on the findings", "The Panel heard from the Chief Constable that …"), or the force reported for itself in the past, as minutes and news copy report it ("… however, the Force recognised there were still areas for improvement", "The force said it was “committed” to tackling the problems …"; in the present, "the Force recognises …", it is an inspectorate’s finding quoted); not by the body\'s account of a conversation ("she has confirmed that …") or of an assurance it received ("I have been assured by the Chief Constable that …") or of a shared view, nor by a link’s label pointing to the comments on another page ("Read the Chief Constables response to the PCC …"). A chief fire officer’s words ("Chief Fire Officer John Beard said:", "Response from the Chief Fire Officer") are not a chief officer of police’s: not met, saying that section 55 covers inspections of police forces. Cannot tell where the text is cut off (a page\'s closing link label, "National Report – …", "HMIC report: Living in fear - …", its newsletter lines and its copyright line, "© Copyright …", a letters page’s footer, "• Join the debate – …", and a letter’s signature, the writer’s office under the name in any case, "Ron Hogg" / "Police, crime and victims’ commissioner for County Durham and Darlington", are not a cut), is an index page, or says the comments, or the body\'s full response, are attached, appended, in a separate document or "here" ("You can read the PCC’s full response here"); a line saying so ("The Chief Constable’s response to the report can be found in the attached annex") heads nothing. A text cut off after its statement has ended (a release\'s closing line: "ENDS", "Notes to editors", "Background information") is read whole for this check: the chief\'s comments are in the statement, not in its notes. Not met only in a text read whole that has none and does not say none were submitted, or in a text whose lead names a speaker who is not a local policing body (a candidate, a national association, the Home Secretary; see lpb-comments), which is no response and quotes no chief. Not met (`association`) likewise in an organisation’s statement (a chiefs’ council’s, the commissioners’ association’s, London Councils’, the Home Office’s: see lpb-comments) that quotes no force’s chief officer, by its headline, by-line or lead whoever speaks in it, by its first speaker where no body speaks; cannot tell where only its first speaker says so and it is cut off. The chiefs’ council’s chair or lead speaks for all chief officers (`chiefs-council`): section 55 means the chief officer of the force the report is about, so the council’s words are not that chief’s comments (a force’s chief speaking as a council lead, "Chief Constable Jo Bloggs, NPCC lead for custody, said:", is the chief). Not met (`parliament`) in Parliament’s record (Hansard’s header, "Volume 606: debated on …") that quotes no chief officer.',
    messages: {
      found: {outcome: 'met', reason: "Found the chief officer's comments", plain: "The chief officer's comments are there."},
      'none-submitted': {outcome: 'met', reason: 'Found a statement that the chief officer submitted no comments', plain: 'The response says the chief officer submitted no comments.'},
      'fire-officer': {
        outcome: 'not-met',
        reason:
          "Unexpected chief fire officer's comments as the chief officer's, expected a chief officer of police's (s.55(5)(b)): section 55 covers reports on police forces, not on fire and rescue services",
        plain: "The comments are the chief fire officer's, not a chief officer of police's: section 55 covers inspections of police forces, not of fire and rescue services.",
        fix: "Check which report this answers: for a police force's report, publish the chief constable's comments; for a fire and rescue report, section 55 does not apply."
      },
      'other-voice': {
        outcome: 'not-met',
        reason:
          "Unexpected statement by someone who is not the local policing body (“{passage}”), expected the body's response with the chief officer's comments (s.55(5)(b)): the text quotes no chief officer",
        plain: 'The text is the statement of someone who is not the local policing body (“{passage}”), not a response: it has no chief officer’s comments.',
        fix: "Publish the body's own response with the chief officer's comments, or a statement that none were submitted."
      },
      association: {
        outcome: 'not-met',
        reason:
          "Unexpected statement of an organisation that is not a local policing body (“{passage}”), expected the body's response with the chief officer's comments (s.55(5)(b)): this is an association's statement, not a local policing body's response",
        plain: 'The text is the statement of an organisation that is not a local policing body (“{passage}”), not a response: it has no chief officer’s comments.',
        fix: "Check which body maintains the force: its response publishes the chief officer's comments, or says none were submitted."
      },
      'chiefs-council': {
        outcome: 'not-met',
        reason:
          "Unexpected statement of the national chiefs' council (“{passage}”), expected the body's response with the chief officer's comments (s.55(5)(b)): the council's chair or lead speaks for all chief officers, and section 55 means the chief officer of the force the report is about",
        plain:
          'The text is the national chiefs’ council’s statement (“{passage}”), not a response: its chair or lead speaks for all chief officers, while section 55 asks for the comments of the chief officer of the force the report is about.',
        fix: "Look for the response of the body that maintains the force: it publishes that force's chief officer's comments, or says none were submitted."
      },
      government: {
        outcome: 'not-met',
        reason:
          "Unexpected statement of the Government (“{passage}”), expected the body's response with the chief officer's comments (s.55(5)(b)): this is the Home Secretary's or the Home Office's, and section 55 binds the local policing body that maintains the force",
        plain: 'The text is the Government’s statement (“{passage}”), not a local policing body’s response: it has no chief officer’s comments.',
        fix: "Look for the response of the body that maintains the force: it publishes the chief officer's comments, or says none were submitted."
      },
      parliament: {
        outcome: 'not-met',
        reason:
          "Unexpected record of Parliament (“{passage}”), expected the body's response with the chief officer's comments (s.55(5)(b)): this is a statement or debate in Parliament (Hansard), and section 55 binds the local policing body that maintains the force",
        plain: 'The text is Parliament’s record (“{passage}”, Hansard), not a local policing body’s response: it has no chief officer’s comments.',
        fix: "Look for the response of the body that maintains the force: it publishes the chief officer's comments, or says none were submitted."
      },
      missing: {
        outcome: 'not-met',
        reason:
          "Unexpected response without the chief officer's comments, expected them to be published with the body's comments, or a statement that none were submitted (s.55(5)(b))",
        plain: "The chief officer's comments are not published with the response.",
        fix: "Publish the chief officer's comments with yours, or state that none were submitted."
      },
      'cannot-tell': {
        outcome: 'cannot-tell',
        reason: "Unexpected response without the chief officer's comments in the text read ({why}), expected them to be published with the body's comments (s.55(5)(b))",
        plain: "The chief officer's comments were not found in the text read ({why}).",
        fix: 'Check that they are published with the response (an attachment or annex counts only if it is published with it).'
      }
    }
  },
  'response-to-chief-officer': {
    description: "The body's response to the chief officer's comments is present where those comments are.",
    note: 'Police Act 1996 s.55(5)(c)',
    basis: 'statute-unverifiable',
    why: "The law asks the body to publish any response it has to the chief officer's comments; it may have none.",
    reading:
      'Met by a part headed for it ("Comments from the Police and Crime Commissioner on the Chief Constable\'s comments", "Response to the Chief Constable\'s comments"), the body\'s first person after the chief\'s comments ("I note the Chief Constable\'s comments …"), or, in the minutes of the body\'s own committee (the City of London\'s Police Authority Board, police committees and sub-committees), the chair\'s or a member\'s view after the Commissioner\'s report or answers ("The Chair observed that …", "A Member noted that …", "A Member, …, sought clarity …"; not a request, "The Chair requested …", nor "Members noted the report"; a police and crime panel\'s members are not the body).',
    messages: {
      found: {outcome: 'met', reason: "Found the body's response to the chief officer's comments", plain: "The body responds to the chief officer's comments."},
      'no-comments': {outcome: 'met', reason: "No chief officer's comments to respond to", plain: "There are no chief officer's comments to respond to."},
      missing: {
        outcome: 'not-met',
        reason: "Unexpected chief officer's comments without a response from the body, expected the body's response to them if it has one (s.55(5)(c))",
        plain: "The body does not respond to the chief officer's comments.",
        fix: "Add a short section giving your view of the chief officer's comments, if you have one."
      },
      'cannot-tell': {
        outcome: 'cannot-tell',
        reason: "Unexpected chief officer's comments without a response from the body in the text read ({why}), expected the body's response to them if it has one (s.55(5)(c))",
        plain: "No response to the chief officer's comments was found in the text read ({why}).",
        fix: 'Check the rest of the document.'
      }
    }
  },
  'published-within-56-days': {
    description: 'Publication (or, for a draft, today) is no later than the 56th day beginning with the day the report was published.',
    note: 'Police Act 1996 s.55(5A)',
    basis: 'statute',
    why: 'The law requires the response to be published within 56 days, counting the day the report was published as day 1 (reports from 2 May 2017).',
    reading:
      'The report\'s date is the one given, the report\'s, or the text\'s ("published on 19th December 2023", "published on Wednesday 14th May, 2025", "published on January 10, 2019", "published on 10/01/2019", "published its report on …", "published in May 2019" as a month; never a date the sentence gives the body’s or the force’s own publication, "My response will be published on …", "The force’s action plan was published on …"; "today (March 22)" in a statement takes its date line’s day when the bracketed day agrees); the response\'s is the one given or its date line ("27 September 2019"; a letter\'s line just above "Dear …" before a page\'s "Published …" line above the letter head; a minutes page\'s meeting heading, "Gloucestershire Police and Crime Panel - Wednesday 3 November 2021 10.00 am", "Thursday 22 March 2018", "September 27, 2019", "12 Mar 2018", "12/03/2018", day first), a news headline that ends with its date in brackets ("… welcomes the 2016 PEEL Assessment (12 Apr 2017)"; not a bracketed date in a sentence), a page’s own date on a line of its own near the top, after any site banner ("Published: 1 March 2019", "Published 22 March 2018", "Posted on 1st March 2019 by …"; never the report’s date), a letter head’s line ending with it ("Our ref: … Date: 1 March 2019"), "sent … on …", "This letter, dated …", "This statement was published on …" (never "your letter dated …", the inspectorate’s, nor "in response to the report published on …", the report’s), or "today" in a statement issued with the report ("Today (Friday 27 September) HMICFRS has published …", "Today’s HMICFRS report", "Today’s interim HMIC report", results "revealed today (Tuesday 12 December) as part of the latest report by HMICFRS", "following today’s publication of HMICFRS’ report", "the publication of the full report was delayed until today (Thursday 11 July)"), whose date line then dates both; a statement that calls the report today\'s but gives no date of its own settles neither date (cannot tell). A weekday date without a year ("Thursday 22 September") counts only where one year of the window has that weekday on that date. Met in time (day 1 for a dated statement that says "today publishes"), or with no limit for a report before 2 May 2017 (never called in time); not met only with both dates; otherwise cannot tell, saying which date is missing.',
    messages: {
      'in-time': {
        outcome: 'met',
        reason: 'Found publication on {date} (day {day}), no later than {lastPermittedDay}',
        plain: 'The response is dated {date}, day {day} of 56: in time.'
      },
      'today-undated': {
        outcome: 'cannot-tell',
        reason:
          'Unexpected response without a date of its own that could be read, expected its date, to check that it was published the day it says the report was ("{asWritten}") (s.55(5A))',
        plain:
          'The 56 days could not be checked: the response says the report was published {asWritten}, but no date of its own could be read, so neither date is known. Check the day the response was published: the day the report was published is day 1 of the 56.',
        fix: 'Check the date the response was published (on the page, or where it was sent), or give it.'
      },
      'no-limit': {
        outcome: 'met',
        reason: 'Found a report published {when}, before the 56-day limit (2017-05-02)',
        plain: 'No 56-day limit applies: the report was published {when}, before the limit came into force on 2 May 2017, so the response is not checked against it.'
      },
      'in-time-month': {
        outcome: 'met',
        reason: 'Found {what} on {date}, no later than {earliestLastPermittedDay}, the earliest last permitted day for a report published in {month}',
        plain: 'The response is dated {date}: in time whatever the day in {month} the report was published (the last permitted day is {earliestLastPermittedDay} at the earliest).'
      },
      'late-month': {
        outcome: 'not-met',
        reason:
          'Unexpected {what} on {date}, expected no later than {lastPermittedDay}, the 56th day beginning with the last day of {month}, when the report was published (s.55(5A))',
        plain:
          'The response is dated {date}: late whatever the day in {month} the report was published, at least {daysLate} day(s) after the last permitted day (at the latest {lastPermittedDay}).',
        fix: 'Publish now and say why the response is late.'
      },
      'month-only': {
        outcome: 'cannot-tell',
        reason:
          'Unexpected report publication date without a day ({month}), expected the day, to check {what} on {date} against a last permitted day between {earliestLastPermittedDay} and {lastPermittedDay} (s.55(5A))',
        plain:
          'The 56 days could not be settled: the text says only that the report was published in {month}, so the last permitted day is between {earliestLastPermittedDay} and {lastPermittedDay}, and the response is dated {date}.',
        fix: "Give the report's publication date (or the report itself)."
      },
      late: {
        outcome: 'not-met',
        reason:
          "Unexpected {what} on {date} (day {day}), expected no later than {lastPermittedDay}, the 56th day beginning with the report's publication on {reportPublishedOn} (s.55(5A))",
        plain: 'The response is dated {date}, day {day}: {daysLate} day(s) after the last permitted day, {lastPermittedDay}.',
        fix: 'Publish now and say why the response is late.'
      },
      'no-report-date': {
        outcome: 'cannot-tell',
        reason: "Unexpected response without the report's publication date, expected it in the text or given, to check publication within 56 days (s.55(5A))",
        plain: "The 56 days could not be checked: the text does not say when the report was published.",
        fix: "Give the report's publication date (or the report itself), or state it in the response."
      },
      'no-year': {
        outcome: 'cannot-tell',
        reason:
          "Unexpected report publication date without a year (“{asWritten}”), expected a year, or a text dated by it, to check publication within 56 days (s.55(5A))",
        plain:
          "The 56 days could not be checked: the text gives the report's publication as “{asWritten}”, without a year, and nothing in it settles the year.",
        fix: "Check the year the report was published and give the date (or the report itself)."
      },
      'no-date-month': {
        outcome: 'cannot-tell',
        reason:
          'Unexpected response without a date, expected publication no later than a last permitted day between {earliestLastPermittedDay} and {lastPermittedDay}, for a report published in {reportPublishedOn} (s.55(5A))',
        plain:
          'The response has no date that could be read, so the 56 days could not be checked: the report was published in {reportPublishedOn}, so the last permitted day is between {earliestLastPermittedDay} and {lastPermittedDay}.',
        fix: 'Check the date it was (or will be) published, or give it.'
      },
      'no-date': {
        outcome: 'cannot-tell',
        reason: 'Unexpected response without a date, expected publication no later than {lastPermittedDay}, the 56th day beginning with the report\'s publication on {reportPublishedOn} (s.55(5A))',
        plain: 'The response has no date that could be read, so the 56 days could not be checked: the last permitted day is {lastPermittedDay}.',
        fix: 'Check the date it was (or will be) published, or give it.'
      }
    }
  },
  'draft-days-left': {
    description: 'For a draft (today given, no publication date), the days left before the last permitted day.',
    note: 'Police Act 1996 s.55(5A)',
    basis: 'statute',
    why: 'The response must be published within 56 days of the report.',
    messages: {
      'days-left': {
        outcome: 'not-met',
        reason: 'Unexpected unpublished draft on {date}: {daysLeft} day(s) left, expected publication no later than {lastPermittedDay} (s.55(5A))',
        plain: 'The draft is not yet published: {daysLeft} day(s) left until the last permitted day, {lastPermittedDay}.',
        fix: 'Publish all three parts together by {lastPermittedDay}.'
      }
    }
  },
  'recommendations-explained': {
    description:
      'Every recommendation of the report to chief constables, forces or local policing bodies has an explanation of action taken or proposed, or of why none.',
    note: 'Police Act 1996 s.55(5B)',
    basis: 'statute',
    why: "The law requires the body's comments to explain, for each recommendation, the action taken or proposed, or why there is none (reports from 2 May 2017).",
    messages: {
      explained: {outcome: 'met', reason: 'Found an explanation for every recommendation', plain: 'Every recommendation is explained.'},
      unexplained: {
        outcome: 'not-met',
        reason: "Unexpected recommendation without an explanation of action taken or proposed, or why none, expected one in the body's comments (s.55(5B)): “{text}”",
        plain: 'A recommendation is not explained: “{text}”.',
        fix: 'Say what you have done or will do about it, or why you will do nothing.'
      },
      'cannot-tell': {
        outcome: 'cannot-tell',
        reason:
          "Unexpected recommendation without an explanation in the text read ({why}), expected one in the body's comments (s.55(5B)): “{text}”",
        plain: 'No explanation of this recommendation was found in the text read ({why}): “{text}”.',
        fix: 'Check the rest of the response explains it.'
      }
    }
  },
  'other-recommendations-explained': {
    description: 'Every recommendation of the report to other bodies (the Home Office, the College of Policing) is explained too.',
    note: 'Police Act 1996 s.55(5B)',
    basis: 'statute-unverifiable',
    why: 'The law asks for an explanation of every recommendation in the report; for one addressed to another body the explanation may be that it is for that body.',
    reading:
      'Met where every recommendation of the report addressed to another body is answered (action taken or proposed, or a reason for none, "it is for the Home Office"), with the first answer\'s passage. Cannot tell where one is not answered in a text cut off, pointing to an attachment, annex or other page, or an index page; otherwise not met (a warning: the explanation may be given off the page). Needs the report, which gives the addressees.',
    messages: {
      explained: {
        outcome: 'met',
        reason: 'Found an explanation for every recommendation to another body',
        plain: 'Every recommendation to another body is explained.'
      },
      unexplained: {
        outcome: 'not-met',
        reason: "Unexpected recommendation to another body without an explanation, expected one in the body's comments (s.55(5B)): “{text}”",
        plain: 'A recommendation to another body is not mentioned: “{text}”.',
        fix: 'Say what, if anything, you will do about it, or that it is for that body.'
      },
      'cannot-tell': {
        outcome: 'cannot-tell',
        reason: "Unexpected recommendation to another body without an explanation in the text read ({why}), expected one in the body's comments (s.55(5B)): “{text}”",
        plain: 'No mention of this recommendation to another body was found in the text read ({why}): “{text}”.',
        fix: 'Check the rest of the response.'
      }
    }
  },
  'explanations-in-lpb-comments': {
    description: "Explanations of recommendations are in the body's own comments, not only in the chief officer's section.",
    note: 'Police Act 1996 s.55(5B)',
    basis: 'statute-unverifiable',
    why: "The law puts the explanation in the body's own comments, not only in the chief officer's.",
    reading:
      'Checks the recommendations the response explains (those it does not are `recommendations-explained`). Met where each has an explanation in the body\'s own comments or its response to the chief officer, with the first such passage. Where one is explained only in the chief officer\'s comments: cannot tell in a text cut off, pointing to an attachment, annex, appendix, covering letter or other page, or an index page (the body\'s own explanation may be there); otherwise not met (a warning: the body may adopt the chief\'s account in words not read as an explanation).',
    messages: {
      'in-own-comments': {
        outcome: 'met',
        reason: "Found the explanations of the recommendations in the body's own comments",
        plain: "The body's own comments explain the recommendations."
      },
      'chief-only': {
        outcome: 'not-met',
        reason: "Unexpected explanation of a recommendation only in the chief officer's comments, expected one in the body's own comments (s.55(5B)): “{text}”",
        plain: "A recommendation is explained only in the chief officer's section: “{text}”.",
        fix: 'Repeat or adopt the explanation in your own comments ("I have asked the Chief Constable to …; I will monitor …").'
      },
      'cannot-tell': {
        outcome: 'cannot-tell',
        reason:
          "Unexpected explanation of a recommendation only in the chief officer's comments in the text read ({why}), expected one in the body's own comments (s.55(5B)): “{text}”",
        plain: "In the text read ({why}), a recommendation is explained only in the chief officer's section: “{text}”.",
        fix: "Check the rest of the document, or the attachment or page it points to, for the body's own explanation; if there is none, adopt the chief officer's in your own comments."
      }
    }
  },
  'copies-sent': {
    description: 'The response says it goes to the inspectors and the Secretary of State.',
    note: 'Police Act 1996 s.55(6)',
    basis: 'statute-unverifiable',
    why: 'The law requires a copy to go to the inspectors (HMICFRS) and the Home Secretary; sending happens off the page.',
    reading:
      'Met where the text addresses or copies the response to both ("Dear Home Secretary", "a copy has been sent to HMICFRS and the Home Office", "has written to the Home Office and HMIC", "shared with", "forwarded to"), by any of their names (HMIC, HMICFRS, Her or His Majesty’s Inspectorate of Constabulary, the inspectors of constabulary; the Home Secretary, the Home Office, the Secretary of State), or by e-mail address in a passage that sends or copies it ("Responses to be sent to …@homeoffice.gsi.gov.uk & …@hmic.gsi.gov.uk", "cc: …@hmicfrs.gov.uk"; an address given for another purpose, "contact the inspectorate at …", is no addressee); the inspectorate as the author of the report the text is about ("the HMIC report", "in response to the HMICFRS Mental Health and Policing Report", "its response to the public, according to a new report from HMICFRS") is no addressee. Before 2 May 2017 only the Secretary of State is needed. Otherwise not met (a warning: sending happens off the page).',
    messages: {
      found: {outcome: 'met', reason: 'Found the response addressed or copied to {addressees}', plain: 'The response says it goes to {addressees}.'},
      missing: {
        outcome: 'not-met',
        reason: 'Unexpected response without a copy to {missing}, expected it to say it is sent to {expected} (s.55(6))',
        plain: 'The response does not say it is sent to {missing}.',
        fix: 'Add: "A copy of this response has been sent to HMICFRS and to the Home Secretary."'
      }
    }
  },
  'no-s55-exclusion-claim': {
    description: 'No claim to withhold material under s.55 or on "prevention or detection of crime" grounds.',
    note: 'Police Act 1996 s.55(2), (2A)',
    basis: 'statute',
    why: 'Only the inspectors may exclude material from publication under section 55; the body has no such power.',
    messages: {
      none: {outcome: 'met', reason: 'Found no claim to withhold material', plain: 'The response withholds nothing.'},
      'section-55': {
        outcome: 'not-met',
        reason: 'Unexpected claim to withhold material under section 55, expected only the inspectors to exclude material from publication (s.55(2))',
        plain: 'The response claims to withhold material under section 55, a power only the inspectors have.',
        fix: 'Remove the claim, or give the legal basis the body itself has for withholding the material.'
      },
      'crime-prevention': {
        outcome: 'not-met',
        reason:
          'Unexpected claim to withhold material for the prevention or detection of crime, expected no such ground for a section 55 response (that ground is PRSRA 2011 s.13(2)(c))',
        plain: 'The response withholds material "for the prevention or detection of crime", a ground that does not apply to a section 55 response.',
        fix: 'Remove the claim, or give the legal basis the body itself has for withholding the material.'
      },
      'no-basis': {
        outcome: 'cannot-tell',
        reason: 'Unexpected statement that material was withheld, expected the legal basis for withholding it: section 55 gives the body no power to redact (s.55(2))',
        plain: 'The response says material was withheld without saying on what legal basis.',
        fix: 'Check the basis for withholding it, and state it.'
      }
    }
  },
  'report-identified': {
    description: 'The report is named (and, with a report given, its title and date match it).',
    note: 'Police Act 1996 s.55(4)-(5)',
    basis: 'statute',
    why: 'The comments are comments "on the published report": a reader must be able to tell which report.',
    reading:
      'Met only by a passage that lets a reader find the one report (the corpus README’s rule): a title or a topic of its own; a family (a PEEL pillar or year, a custody, crime data integrity or vetting inspection, the annual State of Policing) with the force in its sentence or a publication date (a pillar or programme, not PEEL alone: with the force anywhere in the text, never the chiefs’ council, "National Police Chiefs’ Council"); or the inspectorate’s report with both the force and its date. Such a passage is a title (quoted, after "published" or "entitled", in a heading or headline, after "HMICFRS Report –" or "HMIC Inspection –" in a heading, quoted after a dash or colon label: "the HMIC and HMCPSI Report – ‘Living in fear – …’", not another body’s report or speech), a subject line above "the above report", or one about a report labelled "Re:" or "Subject:" or next to the salutation (in its own block or in the salutation’s), the inspectorate’s title form quoted, as a link’s text or as a line of its own ("An inspection of …", "A joint thematic inspection of …", in a heading "Inspection of …"; not a sentence), a title in straight quotation marks after the report ("the report \'Police response to burglary\'"; not a grade) or set off by commas after the inspectorate’s report ("The Inspectorate’s report, Police response to burglary, …, was published"), the report the inspectorate’s letter enclosed ("your letter of … enclosing the report of the inspection of …"), the inspection of a named force’s work ("the recent inspection of Lancashire Constabulary’s custody arrangements", "inspection of custody services in Thames Valley Police"; not the next or the last one) or of custody provision in a named area ("an inspection of police custody provision in Norfolk and Suffolk"), what the inspectorate did, looked into or published and on what ("HMICFRS recently carried out an inspection of …", "has today released a report on …", "published its findings into …", "has today published a report looking into how police forces … respond to …", with the inspectorate glossed between commas ("HMICFRS, the independent policing inspectorate, has published its latest findings on the performance of Kent Police"), "its findings from a PEEL (…) Inspection of West Mercia Police", "the latest report by the police inspectorate into …", "the HMICFRS inspection into …", "HMICFRS published a report into …", a headline without its article: "HMICFRS release report on vetting, misconduct and misogyny", "the inspection report of Cleveland Police, published by His Majesty’s Inspectorate …"), its report by a topic before it ("the recent HMICFRS custody inspection"), its report by what it found or looked at ("the latest report from His Majesty’s Inspectorate highlighting that …", "the HMICFRS inspection, which looked at …", "The latest inspection by HMICFRS specifically looked at how legitimate Gwent Police is …"; not the force alone), the family it published ("HMICFRS has today published its Police Effectiveness reports"), its judgment of a force it names next with a family beside it, in a sentence that names the inspectorate ("HMICFRS … assessed Hampshire Constabulary as Good in terms of effectiveness", "has rated Thames Valley Police as ‘Good’ for Effectiveness"; not "assessed that …"), its Engage decision ("the decision of HMIC to move West Midlands Police into Engage") or a force’s move in press wording with the inspectorate named in the sentence ("Greater Manchester Police has been removed by His Majesty’s Inspectorate from special measures", "news from HMICFRS that the Metropolitan Police is now out of enhanced monitoring"), a topic in a text that names the inspectorate ("the thematic inspection into the police response to stalking", a list of one-word topics: "HMICFRS’s report into vetting, misconduct and misogyny", "the inspectorate’s report on how the police investigate rape"; never in a sentence naming another body’s report, the IOPC’s, Ofsted’s, a committee’s), the report with its day of publication in the same sentence ("the HMICFRS report published on 12 March 2024", "The report, published on 12 March 2024, …", "HMICFRS published the report on 12 March 2024", "The review by HMICFRS was published today" where the text names the force; a day without its year where the sentence names the inspectorate and the text the force: "The report, released today (November 17) by HMICFRS"), a template’s labelled field ("Report title: …", "Title of report: …", "Name of report: …"), the annual assessment by its name ("State of Policing: The Annual Assessment of Policing in England and Wales 2022", or its subtitle with its year: "Annual Assessment of Fire and Rescue Services in England 2024–25"), the inspectorate’s title form capitalised within a sentence ("the Inspection of Kent Police’s response to child sexual abuse"), its yearly report ("HMIC has published its yearly report for the Constabulary"), the inspectorate then a quoted title ("the HMICFRS ‘Report on an unannounced inspection visit to …’"; not a quoted grade or the inspectorate quoted), "the recent HMICFRS inspection regarding …", the report by its author with a word that dates it, in a text that names the force ("an annual inspection report published today by HMICFRS", "A report published today (Thursday 11th February) by Her Majesty\'s Inspector of Constabulary (HMIC)", "the new integrated PEEL inspections by HMICFRS" published today; not "the report from HMIC", "the next inspection by HMICFRS" or "the last inspection by HMIC"), a family with its force or period ("PEEL 2023–25 inspection of …", "Cleveland PEEL Assessment 2023–2025", "PEEL: Police effectiveness 2016 – Durham Constabulary", "the HMICFRS PEEL report on Kent Police", "(HMICFRS) latest Effectiveness Report" on the force, "the PEEL Legitimacy report published today", "HMICFRS Integrated PEEL Assessment (Legitimacy) Findings 2018/19", "Today’s HMICFRS report" on a named force, a PEEL strand: "the “legitimacy” strand of the inspection", a PEEL pillar by its reports’ name: "the Police Efficiency 2016 report", "its latest assessment on police legitimacy", a pillar as the topic of the inspectorate’s report in a sentence naming it: "HMIC reports into Legitimacy and Leadership", "the latest leadership review by Her Majesty’s Inspectorate", or one pillar by its question in a text naming the inspectorate and the force: "how legitimate the force is at keeping people safe and reducing crime", not the three that describe the programme), the report with the period its inspection covered in a sentence naming the force ("The inspector’s latest report, covering the period 2023 to 2025, found Gwent Police …"; not an earlier visit’s), a title "called" after the report and its author ("an inspection published by Her Majesty’s Inspectorate of Constabulary (HMIC), called Police effectiveness 2015 (Vulnerability)"), the Chief Inspector’s own report, his annual assessment ("this report by His Majesty’s Chief Inspector of Constabulary"), the inspectorate’s report by a capitalised name ("HMIC’s Stop and Search Powers Report"), its reports on one subject ("HMIC reports concerning …"), or a link to the report. Cannot tell for a page that lists reports of three or more different dates, one a line ("PCC & Force Response to PEEL Effectiveness 2018", "… – April 2021 Response", "Published on: 13 April 2022"; not a line in the first person, a comment on one of them, nor a sentence ending in a full stop that tells of one): it answers none of them alone; for a page that says it lists reports or responses ("HMICFRS reports and the response from the PCC are listed below", "We’ll post those responses in this section", "Below you will find the responses to published reports", "… publishes their responses on this website", "This is an archive of older responses"), or minutes that introduce two or more reports a line each ("… the recent inspections … as follows:"), whatever title one of its entries gives; for "the above report" without its subject line (the subject may be in the e-mail or letter head not read), a title-case heading about a report or a capitalised quotation after a report word that may be a title in a form not read, a cut-off text or a covering note, a pointer to the report whose link the text lost ("The full report can be found here", "Report" alone on a line), or a title, date or finding that disagrees with the report given. A text that refers to the report only in words that do not say which ("this report", "a report conducted by HMICFRS", "the inspection", "HMICFRS", "the report from Her Majesty’s Inspectorate" with no topic or date, "the last inspection", another body’s report, the latest inspection "into" the force with no topic) is a warning that says so (cannot tell: a name in a form not read would make an error a false one), unless the text is evidently whole and every reference in it is generic: not met (`only-generic`, an error) where its last line finishes a sentence (or a letter’s sign-off or a release’s closing line ends it), it does not open inside a quotation, its headline holds only generic words, and no sentence that refers to a report or the inspectorate gives a family or programme (PEEL, a pillar, custody, vetting, a re-inspection, a cause of concern, the Chief Inspector’s annual assessment), the force or service inspected (by name, or "the Constabulary’s latest inspection"), a year, a month or "today", a quoted title, a topic after the report word ("the report into …", "concentrates on how …"), what the inspectorate found or judged, or another body; a text cut off, a covering note or a page pointing to the report stays cannot tell. A passage that may be any of several reports (PEEL alone, "the latest report by HMICFRS" or "the HMICFRS report into the force" with no date, a family with neither the force nor a date, a topic any report could have: "the performance of Kent Police", a report still to come: "I look forward to receiving the full report …") is cannot tell (`not-specific`); a passage further on that meets the rule is read instead where there is one. Not met (an error) only for a text read whole that refers to no report or inspection at all.',
    messages: {
      named: {outcome: 'met', reason: 'Found the report named as “{title}”', plain: 'The response names the report: “{title}”.'},
      missing: {
        outcome: 'not-met',
        reason: 'Unexpected response that does not name the report it answers, expected its title or link (s.55(4)-(5))',
        plain: 'The response does not say which report it answers.',
        fix: 'Name it, for example by its title and publication date.'
      },
      'only-generic': {
        outcome: 'not-met',
        reason: 'Unexpected reference to the report only as “{mention}” in a text read whole, expected its title, or its family with the force or its publication date (s.55(4)-(5))',
        plain: 'The response calls the report only “{mention}”, and nowhere names it, its family, the force inspected or when it was published, so a reader cannot tell which report it answers.',
        fix: 'Name the report, for example by its title and publication date.'
      },
      'only-described': {
        outcome: 'cannot-tell',
        reason: 'Unexpected reference to the report only as “{mention}”, expected its title, its family or its publication date (s.55(4)-(5))',
        plain: 'The response calls the report only “{mention}”, which does not say which report it answers.',
        fix: 'Check that the page or letter around the text names the report; if not, name it by its title and publication date.'
      },
      'possible-title': {
        outcome: 'cannot-tell',
        reason: 'Unexpected “{title}” not read as the title of the report, expected its title in a form read (s.55(4)-(5))',
        plain: 'The response calls the report “{mention}”; “{title}” may be its title.',
        fix: 'Check that “{title}” names the report the response answers.'
      },
      'not-specific': {
        outcome: 'cannot-tell',
        reason: 'Unexpected reference to the report only as “{mention}”, which may be any of several reports, expected its title, or its family with the force or its publication date (s.55(4)-(5))',
        plain: 'The response calls the report “{mention}”, which could be more than one report: it gives no title, and not both the force and when the report was published.',
        fix: 'Check that the page or letter around the text says which report; if not, name it by its title and publication date.'
      },
      unnamed: {
        outcome: 'cannot-tell',
        reason: 'Unexpected reference to the report as “{mention}” without its title, expected its title or link (s.55(4)-(5))',
        plain: 'The response calls the report “{mention}” without giving its title.',
        fix: 'Check that the subject line or the page around the text names the report; if not, name it by its title and publication date.'
      },
      'several-reports': {
        outcome: 'cannot-tell',
        reason: 'Unexpected list of reports of {count} different dates (“{first}”, “{second}”, …), expected the one report the response answers (s.55(4)-(5))',
        plain: 'The text lists reports of {count} different dates (“{first}”, “{second}”, …), so it does not say which one it answers: it reads as a page of reports and responses, not a response to one.',
        fix: 'Lint the response to one report on its own; if this is the response, name the report it answers.'
      },
      'cannot-tell': {
        outcome: 'cannot-tell',
        reason: 'Unexpected response without the report named in the text read ({why}), expected its title or link (s.55(4)-(5))',
        plain: 'No title of the report was found in the text read ({why}).',
        fix: 'Check that the full document names the report.'
      },
      'other-title': {
        outcome: 'cannot-tell',
        reason: 'Unexpected report “{title}” in the text, expected the report given, “{given}” (s.55(4)-(5))',
        plain: 'The response names “{title}”, but the report given is “{given}”.',
        fix: 'Check that this is the response to that report, and that its title is right.'
      },
      'other-finding': {
        outcome: 'cannot-tell',
        reason: 'Unexpected reference to {name} that matches no finding of the report given, expected a finding of “{given}” (s.55(4)-(5))',
        plain: 'The response refers to {name}, which is not a finding of the report given, “{given}”.',
        fix: 'Check that the response answers this report, and that the finding is quoted or numbered as the report has it.'
      },
      'other-date': {
        outcome: 'cannot-tell',
        reason: 'Unexpected report publication date {date} in the text, expected {given}, the date of the report given (s.55(4)-(5))',
        plain: 'The response says the report was published on {date}, but the report given was published on {given}.',
        fix: 'Check which date is right; the 56 days are counted from {given}.'
      }
    }
  },
  'local-policing-body': {
    description: "The respondent is the force's local policing body, not the force itself.",
    note: 'Police Act 1996 s.55(5), s.101(1)',
    basis: 'statute',
    why: 'The law gives the duty to comment to the local policing body (a commissioner, MOPAC, a mayor, the Common Council), not to the force.',
    messages: {
      found: {outcome: 'met', reason: 'Found the local policing body {name}', plain: 'The response comes from {name}.'},
      force: {
        outcome: 'not-met',
        reason: 'Unexpected respondent “{name}”, expected the local policing body of the force (s.55(5))',
        plain: 'The response comes from “{name}”, the force, not its local policing body.',
        fix: "Name the commissioner (or mayor, MOPAC, Common Council) as the author and have them sign it; a force statement alone is not the body's comments."
      },
      unknown: {
        outcome: 'cannot-tell',
        reason: 'Unexpected respondent “{name}”, expected the local policing body of the force (s.55(5))',
        plain: 'The response comes from “{name}”, which is not recognised as a local policing body.',
        fix: 'Check that the commissioner (or mayor, MOPAC, Common Council) is named as the author.'
      },
      anonymous: {
        outcome: 'cannot-tell',
        reason:
          'Unexpected response without an identifiable author, expected the local policing body (a commissioner, MOPAC, a mayor or the Common Council) to respond (s.55(5))',
        plain: 'The text does not say who is responding.',
        fix: 'Check that the commissioner (or mayor, MOPAC, Common Council) is named as the author.'
      },
      'other-force': {
        outcome: 'cannot-tell',
        reason: 'Unexpected respondent for {forceId}, expected the local policing body of a force the report covers ({expected}) (s.55(5))',
        plain: 'The response comes from the body for {forceId}, but the report given covers {expected}.',
        fix: 'Check that this is the response to that report.'
      }
    }
  },
  'cites-section-55': {
    description: "The response cites section 55 of the Police Act 1996, and the subsections of the body's duties (55(4)-(6)).",
    note: 'Police Act 1996 s.55(4)-(6); section55.md §8 GP-CITE-S55',
    basis: 'good-practice',
    why: 'Saying that this is the response under section 55 tells readers what it is and which duties it meets.',
    reading:
      'Met by section 55 or one of its subsections ("s.55", "s55(4)", "Section 55(5)") where the Act is named or the text is about an inspection, or by the Police Act 1996 named in a sentence stating the body\'s duty ("the Police Act 1996 requires me to publish …"). Cannot tell where the duty is put down to "legislation", "statute" or "law" without the Act, or the text is cut off in its opening. Not met where the opening is read and cites neither.',
    messages: {
      cited: {outcome: 'met', reason: 'Found a citation of section 55: “{citation}”', plain: 'The response cites section 55: “{citation}”.'},
      'act-duty': {
        outcome: 'met',
        reason: 'Found the body\'s duty under the {citation}, the duty of its section 55',
        plain: 'The response gives its duty under the {citation}, the duty of section 55.'
      },
      missing: {
        outcome: 'not-met',
        reason: "Unexpected response without a citation of section 55 of the Police Act 1996, expected it to say it is the body's response under section 55",
        plain: 'The response does not say it is the response under section 55 of the Police Act 1996.',
        fix: "Say that this is the body's response under section 55 of the Police Act 1996."
      },
      'inspectors-duty': {
        outcome: 'not-met',
        reason: "Unexpected citation of section {subsection}, {duty}, expected the body's duties in section 55(4)-(6)",
        plain: "The response cites section {subsection} ({duty}) rather than the body's own duties in section 55(4)-(6).",
        fix: 'Cite section 55(5) of the Police Act 1996.'
      },
      'unnamed-law': {
        outcome: 'cannot-tell',
        reason: 'Unexpected “{passage}” without the Act, expected section 55 of the Police Act 1996 named',
        plain: 'The response puts its duty down to the law (“{passage}”) without naming section 55 of the Police Act 1996.',
        fix: 'Name it: "under section 55 of the Police Act 1996".'
      },
      'cannot-tell': {
        outcome: 'cannot-tell',
        reason: 'Unexpected response without a citation of section 55 in the text read ({why}), expected it to say it is the body\'s response under section 55',
        plain: 'No citation of section 55 was found in the text read ({why}).',
        fix: 'Check the rest of the document.'
      }
    }
  },
  'dates-stated': {
    description: "The response states the report's publication date and its own date.",
    note: 'Police Act 1996 s.55(5A); section55.md §8 GP-DATES',
    basis: 'good-practice',
    why: 'With both dates on the page, a reader can check the 56 days.',
    messages: {
      found: {outcome: 'met', reason: "Found the report's publication date and the response's date", plain: 'Both dates are stated.'},
      missing: {
        outcome: 'not-met',
        reason: "Unexpected response without {missing}, expected the report's publication date and the response's date",
        plain: 'The response does not state {missing}.',
        fix: 'State the date the report was published and the date of this response.'
      }
    }
  },
  'report-linked': {
    description: 'The response links to the report (a URL, or a footnote citing it).',
    note: 'section55.md §8 GP-REPORT-LINK',
    basis: 'good-practice',
    why: 'A link lets readers check the response against the report.',
    messages: {
      linked: {outcome: 'met', reason: 'Found a link to the report', plain: 'The response links to the report.'},
      missing: {
        outcome: 'not-met',
        reason: 'Unexpected response without a link to the report, expected the HMICFRS address of the report',
        plain: 'The response does not link to the report.',
        fix: "Link to the report's page on the HMICFRS website."
      }
    }
  },
  'parts-labelled': {
    description: "The body's comments, the chief officer's comments and the body's response to them are labelled by headings.",
    note: 'Police Act 1996 s.55(5)(a)-(c); section55.md §8 GP-THREE-PARTS-LABELLED',
    basis: 'good-practice',
    why: 'Headings show readers which part is whose.',
    messages: {
      labelled: {outcome: 'met', reason: 'Found a heading for each part of s.55(5)', plain: 'Each part has a heading.'},
      unlabelled: {
        outcome: 'not-met',
        reason: 'Unexpected unlabelled parts ({parts}), expected a heading for each part of s.55(5)',
        plain: 'These parts have no heading: {parts}.',
        fix: "Use headings for your comments, the chief officer's comments and your response to them."
      }
    }
  },
  'afis-addressed': {
    description: 'Each area for improvement and cause of concern is answered.',
    note: 'section55.md §8 GP-AFI-COVERAGE',
    basis: 'good-practice',
    why: 'Areas for improvement and causes of concern show where the force falls short; readers expect to see what is being done.',
    reading:
      'Met where every area for improvement and cause of concern is answered (action taken or proposed, or a reason for none; "noted" is no answer), with the first answer\'s passage. Cannot tell where one is not answered in a text cut off, pointing to an attachment, annex, appendix, covering letter or other page, or an index page; otherwise not met. Silent on a draft with placeholders left (`placeholders-filled`).',
    messages: {
      answered: {
        outcome: 'met',
        reason: 'Found an answer to every area for improvement and cause of concern',
        plain: 'Every area for improvement and cause of concern is answered.'
      },
      unanswered: {
        outcome: 'not-met',
        reason: 'Unexpected {kind} without an answer, expected action taken or proposed, or a reason for none: “{text}”',
        plain: 'This {kind} is not answered: “{text}”.',
        fix: 'Say what is being done about it.'
      },
      'cannot-tell': {
        outcome: 'cannot-tell',
        reason: 'Unexpected {kind} without an answer in the text read ({why}), expected action taken or proposed, or a reason for none: “{text}”',
        plain: 'No answer to this {kind} was found in the text read ({why}): “{text}”.',
        fix: 'Check the rest of the document, or the attachment or page it points to, for the answer.'
      }
    }
  },
  'monitoring-described': {
    description: 'The body describes how it will hold the chief officer to account for delivery.',
    note: 'Police Reform and Social Responsibility Act 2011 s.1(7); section55.md §8 GP-MONITORING',
    basis: 'good-practice',
    why: 'The body holds the chief officer to account; readers expect to see how it will follow the improvements.',
    messages: {
      described: {outcome: 'met', reason: 'Found how the body will hold the chief officer to account', plain: 'The response says how delivery will be monitored.'},
      missing: {
        outcome: 'not-met',
        reason: 'Unexpected response without how the body will hold the chief officer to account, expected the board, meeting or arrangements it will use',
        plain: 'The response does not say how the body will hold the chief officer to account for the improvements.',
        fix: 'Say how you will follow progress (board, meeting, how often).'
      }
    }
  },
  'signed-and-dated': {
    description: 'The response is signed by a named person for the body, and dated.',
    note: 'section55.md §8 GP-CHIEF-SIGNED',
    basis: 'good-practice',
    why: 'A signature and date show who answers for the response and when.',
    messages: {
      signed: {outcome: 'met', reason: 'Found a signature and a date', plain: 'The response is signed and dated.'},
      missing: {
        outcome: 'not-met',
        reason: 'Unexpected response without a {missing}, expected the name and role of who signs for the body, and the date',
        plain: 'The response has no {missing}.',
        fix: 'End with the name and role of the person signing for the body, and the date.'
      }
    }
  },
  'fire-report-not-section-55': {
    description: 'A fire and rescue report is not checked against section 55, which does not apply to it.',
    note: 'Police Act 1996 s.55(1); Fire and Rescue Services Act 2004 s.28(A3), s.28B(1) (https://hmicfrs.justiceinspectorates.gov.uk/publication-html/state-of-fire-and-rescue-2019-annexes/)',
    basis: 'statute',
    why: 'Section 55 covers reports on police forces; HMICFRS inspects fire and rescue authorities under the Fire and Rescue Services Act 2004 and publishes those reports itself.',
    reading:
      'Speaks, instead of every section 55 rule, where the report given is a fire and rescue inspection (`fire-report`: its kind, its framework, or every subject a fire and rescue service), or, with no report given, where the text is about a fire and rescue service only (`fire-text`): it names one ("Gloucestershire Fire & Rescue Service", "the fire authority", "GMFRS"; not the inspectorate\'s name, HMICFRS) and, outside names and titles that hold the police ("HM Inspectorate of Constabulary and Fire & Rescue Services", "Police, Fire and Crime Commissioner", "Deputy Mayor for Policing, Crime, Criminal Justice and Fire", "Police & Fire Minister", "Policing and Crime Act 2017", "Fire and Police Panel"), no police force, chief constable, PEEL or policing; police forces or services in general ("all Police Forces in England") name no force. A text that names the police too ("joint working with Staffordshire Police", both inspections in one article) is checked as a response; a report given settles it either way.',
    messages: {
      'fire-report': {
        outcome: 'cannot-tell',
        reason:
          'Unexpected section 55 check of a fire and rescue inspection report, expected the duty of the Fire and Rescue Services Act 2004 instead: the inspectors publish the report (s.28B(1)) and section 55 covers reports on police forces only',
        plain: 'This is a fire and rescue inspection report: section 55 of the Police Act 1996 does not apply to it, so the response was not checked against it.',
        fix: "Check the fire and rescue authority's own arrangements for responding to inspection findings (the Fire and Rescue National Framework for England)."
      },
      'fire-text': {
        outcome: 'cannot-tell',
        reason:
          'Unexpected section 55 check of a text about a fire and rescue service only (“{passage}”), expected the duty of the Fire and Rescue Services Act 2004 instead: the text names no police force, and section 55 covers reports on police forces only',
        plain: 'The text is about a fire and rescue service only (“{passage}”) and names no police force: section 55 of the Police Act 1996 does not apply to a fire and rescue inspection, so the text was not checked against it.',
        fix: "If it answers a police force's report, give that report (--report); otherwise check the fire and rescue authority's own arrangements for responding to inspection findings."
      }
    }
  },
  'national-report-guidance': {
    description: "A national report needs no response where the force's own report carries the same findings (guidance).",
    note: 'HMICFRS, How HMICFRS works with PCCs and Mayoral Offices (https://www.justiceinspectorates.gov.uk/hmicfrs/police-forces/working-with-others/pcc/hmic-pccs-and-the-mopac)',
    basis: 'good-practice',
    why: "HMICFRS's guidance says that where a national report and the force's own report carry the same findings and recommendations, a response to the force's report is enough.",
    messages: {
      'national-report': {
        outcome: 'cannot-tell',
        reason:
          "Unexpected response to a national report without a check for a force report, expected none where the force's own report carries the same findings and recommendations: a response to the force's report is then enough (HMICFRS guidance)",
        plain: "This answers a national report. If the force's own report carries the same findings and recommendations, a response to that report is enough.",
        fix: "Check whether HMICFRS published a report on your force with the same findings; if so, say that your response to it covers them."
      }
    }
  },
  'placeholders-filled': {
    description: 'No `[Insert …]` placeholder of a draft is left unfilled.',
    note: 'Police Act 1996 s.55(5)',
    basis: 'statute',
    why: 'A placeholder left in a draft is not yet any of the comments or responses the law requires to be published.',
    messages: {
      // An absence: no passage meets it, as no passage meets `no-s55-exclusion-claim`'s `none`.
      filled: {outcome: 'met', reason: 'Found no placeholder of a draft left', plain: 'No placeholder of a draft is left.'},
      unfilled: {
        outcome: 'not-met',
        reason: 'Unexpected placeholder “{placeholder}”, expected {expected}',
        plain: 'The draft still has a placeholder: “{placeholder}”.',
        fix: 'Replace it with {expected}.'
      }
    }
  },
  'disable-comment': {
    description: 'Every rule id in a `<!-- scrutiny-disable … -->` comment names a rule.',
    note: 'Scrutiny configuration',
    basis: 'good-practice',
    why: 'A misspelt rule id would silently turn nothing off.',
    messages: {
      'unknown-rule': {
        outcome: 'not-met',
        reason: 'Unexpected unknown rule “{id}” in a scrutiny-disable comment, expected a rule id such as “copies-sent”',
        plain: 'The comment turning off checks names a check that does not exist: “{id}”.',
        fix: 'Correct the rule id (see the list of rules).'
      }
    }
  }
} as const satisfies Record<string, RuleSpec>

export type BuiltInRuleId = keyof typeof ruleSpecs

/** Why a check could not tell, in words for both forms. */
export const cannotTellBecause = {
  'cut-off': 'the document looks cut off',
  covering: 'the text points to an attachment, annex or other page',
  'report-elsewhere': 'the text points to the report by a link the text read does not hold',
  'chief-elsewhere': "the text says the chief officer's comments are attached or in another document",
  'force-voice': "the text reads as the force's own statement, its chief officer speaking, and names the body only as another party",
  index: 'the text lists responses or reports by their links (an index page): each response is on the page its link opens',
  'lists-reports': 'the page says it lists reports or responses, so a report it names may be one of several:',
  'several-forces': "the text rates several forces together, a round-up of several forces' reports, so a report it names may be another force's:",
  'unnamed-writer': "the text quotes the force's chief officer, and its writer, who says “I”, is not named: it may be the body",
  'not-a-response': 'the text never says “response”, “comments on” or “Dear …” and does not cite section 55: it may be a page about the report, not a response',
  'body-speaks': 'the text reports the body speaking, in words not read as its comments:',
  association:
    "the text opens as the statement of an organisation that is not a local policing body (a chiefs' council, an association, the Home Office), and is cut off: check whether a body speaks in the rest:",
  minutes: "the text is the minutes of a meeting: it records what was said there, and the body's comments are published in its own response",
  'no-report':
    'the text names no report, inspection or assessment (at most the inspectorate): what the body says in it may answer something else, such as a question at a meeting, and not a report',
  none: 'it is not in the text'
} as const

/** Fill `{name}` placeholders. */
export function fill(template: string, values: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{([a-zA-Z]+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole))
}
