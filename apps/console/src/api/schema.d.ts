/*
 * Generated from the API's OpenAPI document (/docs-json) by `npm run console:client`; do not edit.
 * A test fails when this file differs from what the current API generates.
 */
export interface paths {
    "/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in
         * @description Returns a bearer token. Failed attempts are limited per account from one address and per address (429 with Retry-After).
         */
        post: operations["AuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Change my password
         * @description Given the current password (a wrong one counts as a failed login). Every earlier token stops working; the answer is a new one. The new password must pass the policy (422 naming the rule).
         */
        put: operations["AuthController_changePassword"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who am I
         * @description The caller, with role and scope: the ids, and the districts and compounds by name.
         */
        get: operations["AuthController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My inbox
         * @description Overdue reports and late complaints: the PM first, the supervisor after the grace period. Unread first.
         */
        get: operations["NotificationsController_inbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a notification read */
        post: operations["NotificationsController_read"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/districts/{id}/webhook": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set a district's webhook
         * @description Notices are POSTed as JSON with X-Renovation-Signature: sha256=HMAC(secret, body); failures are retried with backoff.
         */
        put: operations["AdminController_setWebhook"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/districts/{id}/webhook/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A district's webhook deliveries with their attempts */
        get: operations["AdminController_deliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/districts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List districts
         * @description District names are not confidential; everyone signed in may list them.
         */
        get: operations["AdminController_districts"];
        put?: never;
        /**
         * Create a district
         * @description In a city named by cityId or cityCode.
         */
        post: operations["AdminController_createDistrict"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List users with their roles and scopes */
        get: operations["AdminController_users"];
        put?: never;
        /**
         * Create a user
         * @description PMs and supervisors are scoped to districts, committee recorders to compounds.
         */
        post: operations["AdminController_createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{id}/scope": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Replace a user's scope with a full list
         * @description Needs replace: true, so that a partial list cannot drop the rest unnoticed; PATCH adds or removes entries.
         */
        put: operations["AdminController_setScope"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Add districts or compounds to a user's scope, or remove them
         * @description The rest of the scope stays. Adding one already there or removing one not there changes nothing.
         */
        patch: operations["AdminController_changeScope"];
        trace?: never;
    };
    "/users/{id}/organisation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set the body a user works for
         * @description A PM or supervisor working for an acceptance party or a reviewing department signs for it as themselves; null clears it.
         */
        put: operations["AdminController_setOrganisation"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{id}/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set a user's password
         * @description For a forgotten password. The user's earlier tokens stop working. The password must pass the policy (422 naming the rule).
         */
        put: operations["AdminController_resetPassword"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Activate or deactivate a user
         * @description A deactivated user is refused at once, even with a valid token. The last active admin cannot be deactivated (409).
         */
        patch: operations["AdminController_setActive"];
        trace?: never;
    };
    "/cities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List cities
         * @description City names are not confidential; everyone signed in may list them.
         */
        get: operations["CitiesController_list"];
        put?: never;
        /**
         * Create a city
         * @description Its districts are ranked together in its monthly bulletin.
         */
        post: operations["CitiesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a city's code or name
         * @description Its districts' city name follows.
         */
        patch: operations["CitiesController_update"];
        trace?: never;
    };
    "/districts/{id}/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The local rules in effect for a district
         * @description Maintenance-fund rates, volunteer supervisors, renovation council size, the satisfaction bar and the complaint limit: each with its value, where it comes from (DEFAULT, CITY or DISTRICT) and the source document of its default.
         */
        get: operations["SettingsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/districts/{id}/settings/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set a local rule for a district or for its city
         * @description A whole number within the setting’s bounds, a minimum never above its maximum; null clears the level. Decisions already taken keep the value they were made with.
         */
        put: operations["SettingsController_set"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/districts/{id}/rule-profiles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The consent rule each kind of round inherits in a district
         * @description Per round subject: the profile a new round inherits (the district's default where an admin set one, otherwise as shipped). A project's PM may choose another with a reason; the round records which judged it and why.
         */
        get: operations["RuleProfileDefaultsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/districts/{id}/rule-profiles/{subject}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set a district's default rule profile for one kind of round
         * @description The profile must judge rounds of the subject (422 otherwise); null clears it. Rounds already created keep their profile.
         */
        put: operations["RuleProfileDefaultsController_set"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the compounds in your scope */
        get: operations["CompoundsController_list"];
        put?: never;
        /** Register a compound in a district */
        post: operations["CompoundsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compounds/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One compound */
        get: operations["CompoundsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Correct a compound's register data */
        patch: operations["CompoundsController_update"];
        trace?: never;
    };
    "/compounds/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What the compound went through, project by project
         * @description Every project that has covered the compound, newest first: its state, when it took the compound in and let it go, its consultation rounds of these households and its revisits. A compound renovated once starts a later project (a second phase) on the same roster, and that project takes over the bodies of the last closed one.
         */
        get: operations["CompoundsController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compounds/{id}/eligibility-exception": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Record an approved eligibility exception
         * @description Lets a compound built after 2000 proceed, with the reason and the approval document.
         */
        put: operations["CompoundsController_setException"];
        post?: never;
        /** Withdraw an eligibility exception */
        delete: operations["CompoundsController_clearException"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the projects in your scope
         * @description With the compound and district names, the plan year and the items overdue now. Filter by district, compound, state, plan year or name.
         */
        get: operations["ProjectsController_list"];
        put?: never;
        /**
         * Start a project on a compound
         * @description Created in SURVEY, on its lead compound; more join through POST /projects/:id/compounds. A compound is in at most one active project.
         */
        post: operations["ProjectsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One project */
        get: operations["ProjectsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/compounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The compounds the project covers
         * @description A project area (片区) covers several compounds of its district, the lead first; a single-compound project covers one.
         */
        get: operations["ProjectsController_compounds"];
        put?: never;
        /**
         * Add a compound to the project area (片区)
         * @description While the project is in SURVEY; a compound of the same district that is in no other active project (else 409 PROJECT.ACTIVE_EXISTS). Its residents then have their own survey, bodies, rounds and admission commitments; plan, funding, reports and acceptance stay the project’s.
         */
        post: operations["ProjectsController_addCompound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/compounds/{compoundId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Take a compound out of the project area
         * @description While the project is in SURVEY; not the lead compound, nor one whose residents already have records in the project (409).
         */
        delete: operations["ProjectsController_removeCompound"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/survey": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The three-fold survey (三个摸清) of a covered compound
         * @description The lead compound’s unless compoundId names another.
         */
        get: operations["ProjectsController_survey"];
        /**
         * Record survey sections of a covered compound
         * @description Any of base data, assets and resources, willingness. Only while the project is in SURVEY.
         */
        put: operations["ProjectsController_recordSurvey"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/bodies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Self-governance bodies
         * @description Member names are masked for supervisors.
         */
        get: operations["ProjectsController_bodies"];
        put?: never;
        /**
         * Register a self-governance body of a covered compound
         * @description A renovation council has as many resident members as the district’s renovationCouncil settings allow (3 to 5 by default).
         */
        post: operations["ProjectsController_registerBody"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What can be done next
         * @description Every event from the current state, whether your role may fire it, each guard result, and the practices that help.
         */
        get: operations["ProjectsController_options"];
        put?: never;
        /**
         * Fire a lifecycle event
         * @description 409 when not allowed from the current state (with the allowed events), 422 listing every failing guard, 403 for a role that may not fire it.
         */
        post: operations["ProjectsController_fire"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit trail of the project, oldest first */
        get: operations["ProjectsController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compounds/{id}/households": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The household roster of a compound
         * @description The households on the roster now; with includeDeparted=true also those that moved out, merged or split, after them. Owner names and phones are masked for supervisors.
         */
        get: operations["RosterController_list"];
        put?: never;
        /**
         * Add a household
         * @description The unit key (building, unit, room) is unique in the compound.
         */
        post: operations["RosterController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/households/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a household entered by mistake
         * @description A household some round has counted stays (409). The roster confirmation goes stale.
         */
        delete: operations["RosterController_remove"];
        options?: never;
        head?: never;
        /** Correct a household */
        patch: operations["RosterController_update"];
        trace?: never;
    };
    "/households/{id}/moves": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record that a household moved out, merged or split
         * @description It leaves the roster, with the reason and the day; a split adds the households it became. Snapshots of rounds already open keep it; rounds opened after use the roster as it is now. A household already gone is 409. The roster confirmation goes stale. Audited.
         */
        post: operations["RosterController_move"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compounds/{id}/roster/confirmation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whether the compound's roster is confirmed complete
         * @description The roster's count against the survey's, and the last confirmation: CONFIRMED, STALE (changed since) or UNCONFIRMED.
         */
        get: operations["RosterController_confirmation"];
        put?: never;
        /**
         * Confirm the roster complete
         * @description Compares the roster's count with the survey's; a difference (or no survey count) needs a reason. A round opens only on a confirmed roster; any later change to the roster makes the confirmation stale.
         */
        post: operations["RosterController_confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/households/import-template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The roster import template (XLSX) */
        get: operations["RosterController_template"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/compounds/{id}/households/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import a roster
         * @description All or nothing: a file with any bad row is refused with every row error (line, column, reason in Chinese). Units already on the roster are updated. The header is found below any title rows; columns not read are named in ignoredColumns. With dryRun=true nothing is written: the answer lists every row error and what would be written.
         */
        post: operations["RosterController_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rule-profiles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Consent rule profiles
         * @description Each condition: numerator set / denominator set against a threshold, by headcount or floor area.
         */
        get: operations["RoundsController_ruleProfiles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/rounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A project's consultation rounds */
        get: operations["RoundsController_list"];
        put?: never;
        /** Draft a consultation round */
        post: operations["RoundsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One round */
        get: operations["RoundsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Fire a round event
         * @description OPEN snapshots the roster; CLOSE freezes the tally and the ledger head; START_PUBLICITY schedules its end, which the worker concludes.
         */
        post: operations["RoundsController_fire"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{id}/votes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Current votes by unit */
        get: operations["RoundsController_votes"];
        put?: never;
        /**
         * Record a household's vote
         * @description Idempotent; a changed vote is appended to the ledger, the history kept. 409 once the round is closed.
         */
        post: operations["RoundsController_vote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/votes/import-template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The paper tally import template (XLSX) */
        get: operations["RoundsController_template"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{id}/votes/import-template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The paper tally import template for one round (XLSX)
         * @description Read like the round.
         */
        get: operations["RoundsController_roundTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{id}/votes/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import a paper tally
         * @description All or nothing, with a row-level report of every bad row (in Chinese). With dryRun=true nothing is written: the answer lists every row error and the votes that would be recorded.
         */
        post: operations["RoundsController_importVotes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{id}/tally": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The tally
         * @description Per condition: numerator, denominator, threshold, pass/fail and the gap with the units to win over. Frozen at close.
         */
        get: operations["RoundsController_tally"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{id}/tally.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The tally and its public notice (公示) as XLSX
         * @description Read like the tally. Owners’ names are masked for every reader, as a notice posted in the compound needs; no phones.
         */
        get: operations["RoundsController_tallyWorkbook"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{id}/tally.html": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The tally and its public notice (公示) as a page to print
         * @description Read like the tally.
         */
        get: operations["RoundsController_tallyPrintable"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{id}/item-choices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Residents' choice of optional items
         * @description An optional item is in when more than half of the respondents chose it.
         */
        get: operations["RoundsController_itemChoices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{id}/pending": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Households not yet responded
         * @description For the door-to-door follow-up.
         */
        get: operations["RoundsController_pending"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{id}/pending.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The door-knocking list: households not yet answered, as XLSX
         * @description For the committee's follow-up visits; a supervisor's copy has names and phones masked as everywhere else.
         */
        get: operations["RoundsController_pendingXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{id}/ledger/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Verify the vote ledger
         * @description Recomputes the hash chain; reports ok with its head, or the first broken entry.
         */
        get: operations["RoundsController_verify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{id}/objections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A round's objections and their answers */
        get: operations["RoundsController_objections"];
        put?: never;
        /**
         * File an objection
         * @description While the round is OPEN or in its public notice.
         */
        post: operations["RoundsController_object"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/objections/{id}/response": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Answer an objection
         * @description ADOPTED (the plan changes) or EXPLAINED (why not), once.
         */
        post: operations["RoundsController_respond"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/planning": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Annual plan, admission conditions, implementing entity and funding plan
         * @description Money as exact decimal strings in yuan.
         */
        get: operations["PlanningController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/planning/plan-year": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Admit to the annual plan of a year */
        put: operations["PlanningController_planYear"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/planning/admission/{item}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Confirm an admission condition
         * @description Residents agree to demolish illegal structures, accept property management, replenish the maintenance fund (Xiangtan).
         */
        put: operations["PlanningController_admission"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/planning/implementing-entity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Name the implementing entity (实施主体) */
        put: operations["PlanningController_entity"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/planning/funding": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Record the funding plan (一本账)
         * @description Budget and sources, committed and received; the response shows the gap against the declared budget and against the current plan, and residents-paid items against what residents committed.
         */
        put: operations["PlanningController_funding"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every version of the renovation plan */
        get: operations["PlansController_list"];
        put?: never;
        /**
         * Draft the next plan version
         * @description Starts from the last version; what is left out is carried over. Records what changed and which adopted objections it takes up.
         */
        post: operations["PlansController_draft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/plans/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One plan version, with its items and budget */
        get: operations["PlansController_get"];
        /**
         * Edit a plan version
         * @description 409 PLAN.FROZEN once a round has consulted it: draft a new version instead.
         */
        put: operations["PlansController_update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reviewers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Departments that can sit on a joint review */
        get: operations["ReviewController_catalog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/districts/{id}/reviewers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The departments on a district's joint review
         * @description Without a list of its own, every shipped department.
         */
        get: operations["ReviewController_districtReviewers"];
        /**
         * Set a district's joint-review list
         * @description Without one, every shipped department reviews.
         */
        put: operations["ReviewController_setReviewers"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The latest joint review with its opinions */
        get: operations["ReviewController_review"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/review/opinions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a department's opinion
         * @description Once per department on the list, while the project is in JOINT_REVIEW. A PM or supervisor working for the department gives it as itself; a PM enters another department's opinion on its behalf with the signer, the paper opinion's number and its photo's sha256 (422 without them). Anyone else: 403.
         */
        post: operations["ReviewController_opinion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/review/opinions/{reviewer}/conditions/{index}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Acknowledge a review condition */
        post: operations["ReviewController_acknowledge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/permits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Permits or exemption, and the construction team
         * @description Volunteer supervisors are masked for supervisors.
         */
        get: operations["ReviewController_get"];
        put?: never;
        /**
         * Record a permit
         * @description Permit numbers are unique.
         */
        post: operations["ReviewController_permit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/permits/exemption": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Record a permit exemption with its basis (Yichang) */
        put: operations["ReviewController_exemption"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/team": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Name the construction team
         * @description Contractor, supervision company (监理), EPC or not, one or two resident volunteer supervisors.
         */
        put: operations["ReviewController_team"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A project's progress reports
         * @description One falls due every 15 days from the start of construction.
         */
        get: operations["SupervisionController_reports"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Progress reports across the projects in your scope
         * @description Filtered by state (SUBMITTED: waiting for a supervisor) and district; the longest waiting first (by submission, else due date).
         */
        get: operations["SupervisionController_reportList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/report-schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set the report interval
         * @description Applies to reports that fall due after the next acceptance.
         */
        put: operations["SupervisionController_schedule"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Project progress
         * @description Budget-weighted over the plan items, from the latest report a supervisor accepted; per covered compound too (in a project area, the items of no compound are the ones it shares, compoundId null). The whole is the compounds weighted by their budgets.
         */
        get: operations["SupervisionController_progress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a progress report
         * @description Percent complete per plan item; a decrease needs a reason.
         */
        post: operations["SupervisionController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept a report
         * @description Its figures count toward progress; the next report falls due.
         */
        post: operations["SupervisionController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Return a report with findings
         * @description Each finding has a severity, a deadline (限期整改) and a responsible person.
         */
        post: operations["SupervisionController_return"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/findings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The open-findings ledger (挂账销号)
         * @description Findings not closed, in your scope, overdue first.
         */
        get: operations["SupervisionController_ledger"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/findings/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move a finding
         * @description RECTIFY with evidence (PM); CLOSE or REOPEN with a reason (supervisor).
         */
        post: operations["SupervisionController_finding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/change-orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A project's change orders */
        get: operations["ChangeOrdersController_list"];
        put?: never;
        /**
         * Raise a change order (变更签证)
         * @description A change of content or quantities (Huitong): argued by the five parties with a written opinion and the project HQ meeting decision, budget-reviewed by county finance, then approved or refused by the county (district) government, whose decision a supervisor records.
         */
        post: operations["ChangeOrdersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/change-orders/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move a change order
         * @description ARGUE, REVIEW_BUDGET and withdrawing (REJECT before the review) by the PM; APPROVE and REJECT after the review by a supervisor, with the government's authority, document number and date. An approved order makes a new plan version tagged as a change; budget and funding gap follow.
         */
        post: operations["ChangeOrdersController_fire"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/site-confirmation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The written on-site confirmation of the quantities built
         * @description null until recorded. Representatives’ names are masked for supervisors.
         */
        get: operations["ChangeOrdersController_confirmation"];
        /**
         * Record the on-site confirmation (现场签证) of the work built
         * @description For the project HQ: the visa signed on site with resident representatives, item by item against the plan in force, during construction. COMPLETE_CONSTRUCTION needs it, with the quantities of the plan, unless an approved change order changed the content.
         */
        put: operations["ChangeOrdersController_confirm"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/complaints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A project's complaints
         * @description Complainant details are masked for supervisors.
         */
        get: operations["ComplaintsController_list"];
        put?: never;
        /**
         * File a complaint for a resident
         * @description It must be answered within its response limit (3 days unless set).
         */
        post: operations["ComplaintsController_file"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/complaints/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move a complaint
         * @description Receive, handle, resolve, revisit with the complainant’s acknowledgement, close; reopen from a revisit.
         */
        post: operations["ComplaintsController_fire"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/acceptance-parties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The parties that sign a joint acceptance form */
        get: operations["AcceptanceController_parties"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The bodies a PM or supervisor may work for: the acceptance parties but the owners, and the reviewing departments */
        get: operations["AcceptanceController_organisations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/districts/{id}/acceptance-parties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The parties that sign a district's acceptance forms */
        get: operations["AcceptanceController_districtParties"];
        /**
         * Set a district's acceptance parties
         * @description Without a list, every shipped party signs. Owner representatives stay on every list. Forms already open keep their parties.
         */
        put: operations["AcceptanceController_setDistrictParties"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/acceptance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The latest joint acceptance form with its signatures */
        get: operations["AcceptanceController_form"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/acceptance/signatures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a party's signature
         * @description Once per party on the form, PASS or FAIL with comments. The party signs as itself: owner representatives through a residents' committee recorder of a covered compound, any other party through a PM or supervisor working for it (GET /organisations). A PM enters another party's signature on its behalf with the signer, the paper form's number and a photo of it uploaded to the archive (422 without them). Anyone else, and a PM for the owners: 403.
         */
        post: operations["AcceptanceController_sign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/acceptance/form.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The joint acceptance form as XLSX, laid out like the paper form */
        get: operations["AcceptanceController_xlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/portfolio": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The districts in your scope at a glance, and their cities
         * @description Per district, per city and in total: projects by lifecycle state, overdue reports, findings past their deadline, complaints past their limit, and funds (budget, raised, gap) in fen. A project covering several compounds counts once.
         */
        get: operations["PortfolioController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bulletins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The stored bulletins, newest first
         * @description Of the city named, or of every city your districts are in (every city for an administrator).
         */
        get: operations["BulletinsController_list"];
        put?: never;
        /**
         * Build a city's monthly bulletin (月通报) of a month that has ended
         * @description 201 when built now; 200 with the stored bulletin, unchanged, when the city's month was built before. The city is named by cityId or cityCode; without either, the one city your districts are in (several: 400). A city none of your districts is in: 404 to read, 403 to build.
         */
        post: operations["BulletinsController_build"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bulletins/{month}.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A city's stored bulletin as XLSX: the city sheet and its districts' ranking
         * @description The city is named by cityId or cityCode; without either, the one city your districts are in (several: 400). A city none of your districts is in: 404 to read, 403 to build.
         */
        get: operations["BulletinsController_xlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bulletins/{month}.html": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A city's stored bulletin as a page to print
         * @description The city is named by cityId or cityCode; without either, the one city your districts are in (several: 400). A city none of your districts is in: 404 to read, 403 to build.
         */
        get: operations["BulletinsController_html"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bulletins/{month}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A city's stored bulletin
         * @description The whole city, every district of it, to any PM or supervisor of one of its districts: a bulletin holds figures, no personal data. The city is named by cityId or cityCode; without either, the one city your districts are in (several: 400). A city none of your districts is in: 404 to read, 403 to build.
         */
        get: operations["BulletinsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The archive checklist with every filed document, and what is still missing */
        get: operations["ArchiveController_checklist"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/archive/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a document into the archive
         * @description Stored under its sha256, as the type its bytes are, its name ending so. A file whose bytes are none of the types is refused with 415.
         */
        post: operations["ArchiveController_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/archive/references": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** File a document kept elsewhere, by its archive number, location or URL */
        post: operations["ArchiveController_reference"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/archive/documents/{documentId}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw a document filed by mistake, with the reason
         * @description While the archive is open. The system's own records cannot be withdrawn; the audit trail keeps what was withdrawn.
         */
        post: operations["ArchiveController_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/archive/collect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * File the system's own records (consent rounds with ledger heads, plan versions, reviews, permits, reports, change orders, the acceptance form)
         * @description Done by PASS_ACCEPTANCE already; collecting again files only what is new.
         */
        post: operations["ArchiveController_collect"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/archive/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read every stored file again and compare it with the sha256 recorded when it was filed */
        get: operations["ArchiveController_verify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/archive/bundle.zip": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The whole archive as a ZIP with an index (index.csv, index.json) */
        get: operations["ArchiveController_bundle"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/long-term": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Property arrangement, owners' committee, maintenance fund (expected, collected, outstanding) and revisits
         * @description The owners' committee is registered as a body of kind OWNERS_COMMITTEE (POST /projects/:id/bodies).
         */
        get: operations["LongTermController_overview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/long-term/property": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Record the property-management mode with its contract dates */
        put: operations["LongTermController_property"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/long-term/fund-plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Plan the maintenance fund: floor area per building from the roster times the rate of its type
         * @description Rates are local settings of the project's district (GET /districts/:id/settings; by default Liuyang's 35 yuan/m² without elevator, 60 with); each line keeps the rate it was computed with. Needs a concluded, passed MAINTENANCE_FUND_RAISING round.
         */
        put: operations["LongTermController_fundPlan"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/long-term/fund-collections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record money collected into the maintenance fund */
        post: operations["LongTermController_collect"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}/long-term/revisits/{months}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a revisit (回头看) with its score and findings
         * @description Only in LONG_TERM, once its due date has come, once per revisit.
         */
        post: operations["LongTermController_revisit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/meta/machines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The state machines the product runs */
        get: operations["MetaController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/meta/machines/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One machine: states, events, transitions, roles, guards
         * @description With format=mermaid, a Mermaid state diagram.
         */
        get: operations["MetaController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/practices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Reference practices
         * @description Filter by stage, by the guard refusal they help with, or by text.
         */
        get: operations["PracticesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/practices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One practice */
        get: operations["PracticesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness of the API and its dependencies
         * @description 503 when the database is down; Redis down is reported as degraded.
         */
        get: operations["HealthController_check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Prometheus metrics
         * @description For an ADMIN bearer, or without a token from an address in METRICS_ALLOW. The README lists what each metric means.
         */
        get: operations["MetricsController_text"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        ProblemDto: {
            /** @example urn:renovation:problem:machine.guard_failed */
            type: string;
            /** @example Unprocessable Content */
            title: string;
            /** @example 422 */
            status: number;
            detail: string;
            /**
             * @description stable error code
             * @example MACHINE.GUARD_FAILED
             */
            code: string;
            /** @description failing fields or guards */
            errors?: Record<string, never>[];
        };
        LoginDto: {
            /** @example demo-pm */
            username: string;
            password: string;
        };
        /** @enum {string} */
        Role: "ADMIN" | "DISTRICT_PM" | "RESIDENTS_COMMITTEE" | "SUPERVISOR";
        TokenDto: {
            accessToken: string;
            /** @example Bearer */
            tokenType: string;
            /** @description seconds */
            expiresIn: number;
            role: components["schemas"]["Role"];
        };
        ChangePasswordDto: {
            currentPassword: string;
            newPassword: string;
        };
        NamedPlaceView: {
            /** Format: uuid */
            id: string;
            /** @example 雨花区 */
            name: string;
        };
        NamedCompoundView: {
            /** Format: uuid */
            id: string;
            /** @example 雨花区 */
            name: string;
            /** Format: uuid */
            districtId: string;
        };
        ProfileView: {
            /** Format: uuid */
            userId: string;
            role: components["schemas"]["Role"];
            districtIds: string[];
            compoundIds: string[];
            /** @example demo-pm */
            username: string;
            displayName: string;
            districts: components["schemas"]["NamedPlaceView"][];
            compounds: components["schemas"]["NamedCompoundView"][];
        };
        /** @enum {string} */
        OverdueKind: "REPORT_OVERDUE" | "COMPLAINT_LATE" | "FINDING_OVERDUE" | "REVISIT_DUE";
        /** @enum {string} */
        NoticeLevel: "PM" | "SUPERVISOR";
        /** @enum {string} */
        OverdueSubjectType: "report" | "complaint" | "finding" | "revisit";
        BilingualView: {
            /** @example 摸底调查 */
            zh: string;
            /** @example survey */
            en: string;
        };
        NotificationView: {
            kind: components["schemas"]["OverdueKind"];
            level: components["schemas"]["NoticeLevel"];
            subjectType: components["schemas"]["OverdueSubjectType"];
            /** Format: uuid */
            subjectId: string;
            /** Format: uuid */
            projectId: string;
            message: components["schemas"]["BilingualView"];
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            readAt: string | null;
        };
        WebhookDto: {
            /** @example https://oa.example.gov.cn/hooks/renovation */
            url: string;
            /** @description shared secret for the HMAC-SHA256 signature, 16+ characters */
            secret: string;
        };
        WebhookView: {
            /** @example https://oa.example.gov.cn/renovation */
            url: string;
        };
        NoticeEventView: {
            kind: components["schemas"]["OverdueKind"];
            level: components["schemas"]["NoticeLevel"];
            subjectType: components["schemas"]["OverdueSubjectType"];
            /** Format: uuid */
            subjectId: string;
            /** Format: uuid */
            projectId: string;
            message: components["schemas"]["BilingualView"];
            /** Format: date-time */
            at: string;
        };
        WebhookDeliveryView: {
            /** Format: uuid */
            id: string;
            event: components["schemas"]["NoticeEventView"];
            attempts: number;
            /** @description HTTP status of the last attempt */
            lastStatus: number | null;
            lastError: string | null;
            /** Format: date-time */
            lastAttemptAt: string | null;
            /** Format: date-time */
            deliveredAt: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        DistrictView: {
            /** Format: uuid */
            id: string;
            /** @example yuhua */
            code: string;
            /** @example 雨花区 */
            name: string;
            /** Format: uuid */
            cityId: string;
            /**
             * @description the city's name
             * @example 长沙市
             */
            city: string;
            /** Format: date-time */
            createdAt: string;
        };
        CreateDistrictDto: {
            /**
             * Format: uuid
             * @description the city, by id
             */
            cityId?: string;
            /**
             * @description the city, by code
             * @example changsha
             */
            cityCode?: string;
            /**
             * @description stable short code
             * @example cs-yuhua
             */
            code: string;
            /** @example 雨花区 */
            name: string;
        };
        UserView: {
            /** Format: uuid */
            id: string;
            username: string;
            displayName: string;
            role: components["schemas"]["Role"];
            /** @description a deactivated user is refused at once */
            active: boolean;
            /** @description districts of a PM or supervisor */
            districtIds: string[];
            /** @description compounds of a residents' committee recorder */
            compoundIds: string[];
            /** @description the acceptance party or reviewing department a PM or supervisor works for */
            organisation: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        CreateUserDto: {
            /** @description districts of a DISTRICT_PM or SUPERVISOR */
            districtIds?: string[];
            /** @description compounds of a RESIDENTS_COMMITTEE recorder */
            compoundIds?: string[];
            /** @example wang.pm */
            username: string;
            /** @example 王经理 */
            displayName: string;
            /** @enum {string} */
            role: "ADMIN" | "DISTRICT_PM" | "RESIDENTS_COMMITTEE" | "SUPERVISOR";
            /**
             * @description the body a PM or supervisor works for: an acceptance party or a reviewing department (GET /organisations); they sign for it as themselves
             * @example CONSTRUCTION_UNIT
             */
            organisation?: string | null;
            password: string;
        };
        ReplaceScopeDto: {
            /** @description districts of a DISTRICT_PM or SUPERVISOR */
            districtIds?: string[];
            /** @description compounds of a RESIDENTS_COMMITTEE recorder */
            compoundIds?: string[];
            /**
             * @description true: the lists are the whole scope, and what they leave out is removed (to add or remove a few, PATCH)
             * @enum {boolean}
             */
            replace: true;
        };
        ScopeDto: {
            /** @description districts of a DISTRICT_PM or SUPERVISOR */
            districtIds?: string[];
            /** @description compounds of a RESIDENTS_COMMITTEE recorder */
            compoundIds?: string[];
        };
        ScopeChangeDto: {
            /** @description districts or compounds to add to the scope */
            add?: components["schemas"]["ScopeDto"];
            /** @description districts or compounds to take out of the scope */
            remove?: components["schemas"]["ScopeDto"];
        };
        OrganisationDto: {
            /**
             * @description null: the user works for no party
             * @example CONTRACTOR
             */
            organisation: string | null;
        };
        SetPasswordDto: {
            password: string;
        };
        SetActiveDto: {
            active: boolean;
        };
        CityView: {
            /** Format: uuid */
            id: string;
            /** @example changsha */
            code: string;
            /** @example 长沙市 */
            name: string;
            /** Format: date-time */
            createdAt: string;
        };
        CreateCityDto: {
            /**
             * @description stable short code
             * @example changsha
             */
            code: string;
            /** @example 长沙市 */
            name: string;
        };
        UpdateCityDto: {
            /** @example changsha */
            code?: string;
            /** @example 长沙市 */
            name?: string;
        };
        CityNameView: {
            /** Format: uuid */
            id: string;
            /** @example changsha */
            code: string;
            /** @example 长沙市 */
            name: string;
        };
        /** @enum {string} */
        SettingKey: "maintenanceFund.rateFen.NO_ELEVATOR" | "maintenanceFund.rateFen.ELEVATOR" | "volunteerSupervisors.min" | "volunteerSupervisors.max" | "renovationCouncil.minMembers" | "renovationCouncil.maxMembers" | "satisfaction.thresholdPercent" | "complaint.responseDays";
        SettingSourceView: {
            /**
             * @description the seed file the default comes from
             * @example 001
             */
            seed: string | null;
            place: components["schemas"]["BilingualView"] | null;
            /**
             * @description the reference practice
             * @example liuyang-maintenance-fund
             */
            practice: string | null;
            note?: string;
        };
        SettingView: {
            key: components["schemas"]["SettingKey"];
            /** @description the value in effect for the district */
            value: number;
            /**
             * @description where the value in effect comes from
             * @enum {string}
             */
            origin: "DEFAULT" | "CITY" | "DISTRICT";
            label: components["schemas"]["BilingualView"];
            /** @example fen/m² */
            unit: string;
            min: number;
            max: number;
            /** @description the seed's value */
            default: number;
            /** @description the value set for the district's city */
            city: number | null;
            /** @description the value set for the district itself */
            district: number | null;
            source: components["schemas"]["SettingSourceView"];
        };
        DistrictSettingsView: {
            /** Format: uuid */
            districtId: string;
            /** @description the district's city, whose settings it inherits */
            city: components["schemas"]["CityNameView"];
            settings: components["schemas"]["SettingView"][];
        };
        SetSettingDto: {
            /**
             * @description CITY sets it for every district of this district's city; DISTRICT for this district
             * @enum {string}
             */
            level: "CITY" | "DISTRICT";
            /** @description a whole number in the unit of the setting; null clears it at that level */
            value: number | null;
            /** @example 市政府2026年第3号文调整维修资金交存标准 */
            reason?: string;
        };
        /** @enum {string} */
        RoundSubject: "WILLINGNESS" | "PLAN" | "SATISFACTION" | "PROPERTY_COMPANY" | "MAINTENANCE_FUND_RAISING" | "PUBLIC_SPACE_OPERATION" | "OTHER";
        /**
         * @description what a new round inherits; null when several profiles would do and the round's creator names one
         * @enum {string}
         */
        RuleProfileId: "changsha-two-80" | "civil-code-278-major" | "civil-code-278-ordinary" | "satisfaction-95";
        DistrictDefaultView: {
            ruleProfile: components["schemas"]["RuleProfileId"];
            reason: string | null;
            /**
             * Format: uuid
             * @description the admin who set it
             */
            setBy: string | null;
            /** Format: date-time */
            setAt: string;
        };
        SubjectProfileView: {
            subject: components["schemas"]["RoundSubject"];
            /** @description what a new round inherits; null when several profiles would do and the round's creator names one */
            ruleProfile: components["schemas"]["RuleProfileId"] | null;
            /** @enum {string} */
            origin: "DISTRICT" | "SHIPPED";
            /** @description the district's own default, where set */
            district: components["schemas"]["DistrictDefaultView"] | null;
        };
        DistrictRuleProfilesView: {
            /** Format: uuid */
            districtId: string;
            subjects: components["schemas"]["SubjectProfileView"][];
        };
        SetDistrictRuleProfileDto: {
            /**
             * @description null clears the district default
             * @example civil-code-278-major
             */
            ruleProfile: string | null;
            /** @example 区政府常务会议决定：改造意愿按重大事项表决 */
            reason?: string;
        };
        CreateCompoundDto: {
            districtId: string;
            /** @example 桂花苑 */
            name: string;
            /** @example 韶山中路 100 号 */
            address: string;
            /**
             * @description not after the current year
             * @example 1996
             */
            buildYear: number;
            /** @example 6 */
            buildings?: number;
            /** @example 240 */
            households?: number;
            /**
             * @description total floor area in m², two decimals at most
             * @example 18650.5
             */
            floorArea?: number;
            hasElevator?: boolean;
            /** @description in a shantytown redevelopment plan (then not eligible) */
            inShantytownPlan?: boolean;
            /**
             * @description worst building safety rating
             * @enum {string}
             */
            dangerRating?: "A" | "B" | "C" | "D";
            /** @example 28.1128 */
            latitude?: number;
            /** @example 112.9834 */
            longitude?: number;
        };
        EligibilityExceptionView: {
            reason: string;
            /** @description the approval document */
            approvalRef: string;
            /** Format: uuid */
            recordedBy: string;
            /** Format: date-time */
            recordedAt: string;
        };
        CompoundView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            districtId: string;
            /** @example 桂花苑 */
            name: string;
            address: string;
            buildYear: number;
            buildings: number | null;
            /** @description follows the roster */
            households: number | null;
            /**
             * @description m², follows the roster
             * @example 86.50
             */
            floorArea: string | null;
            hasElevator: boolean;
            inShantytownPlan: boolean;
            /**
             * @description safety appraisal of the worst building, A (safe) to D (dangerous)
             * @enum {string|null}
             */
            dangerRating: "A" | "B" | "C" | "D" | null;
            /** @example 28.112800 */
            latitude: string | null;
            /** @example 112.982300 */
            longitude: string | null;
            /** @description lets a compound built after 2000 proceed */
            eligibilityException: components["schemas"]["EligibilityExceptionView"] | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        CompoundViewPage: {
            items: components["schemas"]["CompoundView"][];
            /** @description all matching, not only this page */
            total: number;
        };
        /** @enum {string} */
        ProjectState: "SURVEY" | "ORGANIZING" | "CONSULTATION" | "APPLIED" | "PLANNED" | "DESIGN" | "JOINT_REVIEW" | "PERMITTING" | "CONSTRUCTION" | "ACCEPTANCE" | "ARCHIVING" | "LONG_TERM" | "CLOSED" | "ON_HOLD" | "CANCELLED";
        /** @enum {string} */
        RoundState: "DRAFT" | "OPEN" | "CLOSED" | "PUBLICITY" | "CONCLUDED" | "CANCELLED";
        CompoundHistoryRoundView: {
            /** Format: uuid */
            id: string;
            subject: components["schemas"]["RoundSubject"];
            title: string;
            state: components["schemas"]["RoundState"];
            /** @enum {string|null} */
            result: "PASSED" | "FAILED" | null;
            /** Format: date-time */
            concludedAt: string | null;
        };
        CompoundHistoryRevisitView: {
            /** @description months after acceptance */
            months: number;
            /** Format: date-time */
            dueAt: string;
            /** @enum {string} */
            state: "SCHEDULED" | "DUE" | "DONE";
            score: number | null;
            summary: string | null;
            /** Format: date-time */
            doneAt: string | null;
        };
        CompoundHistoryProjectView: {
            /** Format: uuid */
            projectId: string;
            name: string;
            state: components["schemas"]["ProjectState"];
            ruleProfile: components["schemas"]["RuleProfileId"];
            /** @description the project's lead compound, rather than a neighbour in its area */
            lead: boolean;
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date-time
             * @description when the project took the compound in
             */
            coveredFrom: string;
            /**
             * Format: date-time
             * @description when the project closed or was cancelled and left the compound free
             */
            releasedAt: string | null;
            /** @description the project's rounds of this compound's households */
            rounds: components["schemas"]["CompoundHistoryRoundView"][];
            revisits: components["schemas"]["CompoundHistoryRevisitView"][];
        };
        CompoundHistoryView: {
            /** Format: uuid */
            compoundId: string;
            /** @description newest first */
            projects: components["schemas"]["CompoundHistoryProjectView"][];
        };
        UpdateCompoundDto: {
            /** @example 桂花苑 */
            name?: string;
            /** @example 韶山中路 100 号 */
            address?: string;
            /**
             * @description not after the current year
             * @example 1996
             */
            buildYear?: number;
            /** @example 6 */
            buildings?: number;
            /** @example 240 */
            households?: number;
            /**
             * @description total floor area in m², two decimals at most
             * @example 18650.5
             */
            floorArea?: number;
            hasElevator?: boolean;
            /** @description in a shantytown redevelopment plan (then not eligible) */
            inShantytownPlan?: boolean;
            /**
             * @description worst building safety rating
             * @enum {string}
             */
            dangerRating?: "A" | "B" | "C" | "D";
            /** @example 28.1128 */
            latitude?: number;
            /** @example 112.9834 */
            longitude?: number;
        };
        EligibilityExceptionDto: {
            /** @example 2003年建成但配套设施严重缺失，经市住建局批准纳入 */
            reason: string;
            /**
             * @description approval document number
             * @example 长住建函〔2025〕12号
             */
            approvalRef: string;
        };
        CreateProjectDto: {
            compoundId: string;
            /** @example 桂花苑综合改造 */
            name: string;
            /**
             * @description consent rule the rounds are judged by; by default the district's for willingness rounds, else changsha-two-80
             * @enum {string}
             */
            ruleProfile?: "changsha-two-80" | "civil-code-278-major" | "civil-code-278-ordinary" | "satisfaction-95";
            /**
             * @description required when ruleProfile is not the one inherited (the district default, or as shipped)
             * @example 区住建局2026年第5号文：本区改造意愿按《民法典》第278条重大事项表决
             */
            ruleProfileReason?: string;
        };
        ProjectView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            compoundId: string;
            /** Format: uuid */
            districtId: string;
            /** @example 桂花苑综合改造 */
            name: string;
            state: components["schemas"]["ProjectState"];
            /** @description where RESUME returns to, while ON_HOLD */
            resumeState: components["schemas"]["ProjectState"] | null;
            ruleProfile: components["schemas"]["RuleProfileId"];
            /** @description why the PM chose the profile over the district's default; null when the project inherits it */
            ruleProfileReason: string | null;
            /** @description bumped by every transition; send it back as expectedVersion */
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        ProjectListItemView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            compoundId: string;
            /** Format: uuid */
            districtId: string;
            /** @example 桂花苑综合改造 */
            name: string;
            state: components["schemas"]["ProjectState"];
            /** @description where RESUME returns to, while ON_HOLD */
            resumeState: components["schemas"]["ProjectState"] | null;
            ruleProfile: components["schemas"]["RuleProfileId"];
            /** @description why the PM chose the profile over the district's default; null when the project inherits it */
            ruleProfileReason: string | null;
            /** @description bumped by every transition; send it back as expectedVersion */
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @example 桂花苑 */
            compoundName: string;
            /** @example 雨花区 */
            districtName: string;
            planYear: number | null;
            /** @description progress reports, findings and complaints overdue now (as the portfolio counts them) */
            overdue: number;
        };
        ProjectListItemViewPage: {
            items: components["schemas"]["ProjectListItemView"][];
            /** @description all matching, not only this page */
            total: number;
        };
        CoveredCompoundView: {
            /** Format: uuid */
            compoundId: string;
            /** @example 桂花苑 */
            name: string;
            /** @description the compound the project was started on */
            lead: boolean;
            households: number | null;
            /** Format: date-time */
            addedAt: string;
            /**
             * Format: date-time
             * @description when the project closed or was cancelled
             */
            releasedAt: string | null;
        };
        AddCompoundDto: {
            /**
             * Format: uuid
             * @description a compound of the project’s district
             */
            compoundId: string;
        };
        SurveyBaseDataView: {
            buildings: number;
            households: number;
            /**
             * @description m²
             * @example 86.50
             */
            floorArea: string;
            buildYear: number;
        };
        SurveyAssetView: {
            /** @enum {string} */
            kind: "VACANT_ROOM" | "PUBLIC_SPACE" | "PARKING" | "GREEN_SPACE" | "FACILITY" | "OTHER";
            description: string;
            quantity?: number;
            /** @example m² */
            unit?: string;
        };
        SurveyAssetsView: {
            items: components["schemas"]["SurveyAssetView"][];
            notes?: string;
        };
        SurveyWillingnessView: {
            surveyedHouseholds: number;
            willingHouseholds: number;
            /** @enum {string} */
            method: "DOOR_TO_DOOR" | "QUESTIONNAIRE" | "MEETING" | "ONLINE";
            notes?: string;
        };
        SurveyView: {
            /** Format: uuid */
            projectId: string;
            /**
             * Format: uuid
             * @description the covered compound surveyed
             */
            compoundId: string;
            baseData: components["schemas"]["SurveyBaseDataView"] | null;
            assets: components["schemas"]["SurveyAssetsView"] | null;
            willingness: components["schemas"]["SurveyWillingnessView"] | null;
            /** Format: uuid */
            updatedBy: string;
            /** Format: date-time */
            updatedAt: string;
        };
        BaseDataDto: {
            /** @example 6 */
            buildings: number;
            /** @example 240 */
            households: number;
            /**
             * @description m², two decimals at most
             * @example 18650.5
             */
            floorArea: number;
            /** @example 1996 */
            buildYear: number;
        };
        AssetItemDto: {
            /** @enum {string} */
            kind: "VACANT_ROOM" | "PUBLIC_SPACE" | "PARKING" | "GREEN_SPACE" | "FACILITY" | "OTHER";
            /** @example 1号楼架空层闲置用房 */
            description: string;
            /** @example 120 */
            quantity?: number;
            /** @example m² */
            unit?: string;
        };
        AssetsDto: {
            /** @description may be empty when the survey found none */
            items: components["schemas"]["AssetItemDto"][];
            notes?: string;
        };
        WillingnessDto: {
            /** @example 230 */
            surveyedHouseholds: number;
            /** @example 205 */
            willingHouseholds: number;
            /** @enum {string} */
            method: "DOOR_TO_DOOR" | "QUESTIONNAIRE" | "MEETING" | "ONLINE";
            notes?: string;
        };
        SurveyDto: {
            /**
             * Format: uuid
             * @description the covered compound this is about: required when the project covers several and you may act in more than one
             */
            compoundId?: string;
            /** @description becomes the compound register figures */
            baseData?: components["schemas"]["BaseDataDto"];
            assets?: components["schemas"]["AssetsDto"];
            willingness?: components["schemas"]["WillingnessDto"];
        };
        /** @enum {string} */
        BodyKind: "RENOVATION_COUNCIL" | "OWNERS_COMMITTEE" | "OTHER";
        BodyMemberView: {
            /**
             * @description masked for supervisors
             * @example 李**
             */
            name: string;
            /** @example 理事长 */
            position: string;
            /** @description lives in the compound */
            resident: boolean;
        };
        BodyView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            projectId: string;
            /**
             * Format: uuid
             * @description the covered compound whose residents form it
             */
            compoundId: string;
            kind: components["schemas"]["BodyKind"];
            name: string;
            /**
             * Format: date
             * @example 2026-05-20
             */
            establishedOn: string;
            members: components["schemas"]["BodyMemberView"][];
            /** Format: uuid */
            registeredBy: string;
            /**
             * Format: uuid
             * @description the body of the compound's earlier, closed project this one continues
             */
            carriedFrom: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        BodyMemberDto: {
            /** @example 李建国 */
            name: string;
            /** @example 理事长 */
            position: string;
            /** @description lives in the compound */
            resident: boolean;
        };
        RegisterBodyDto: {
            /**
             * Format: uuid
             * @description the covered compound this is about: required when the project covers several and you may act in more than one
             */
            compoundId?: string;
            /** @enum {string} */
            kind: "RENOVATION_COUNCIL" | "OWNERS_COMMITTEE" | "OTHER";
            /** @example 桂花苑改造理事会 */
            name: string;
            /** @example 2026-03-01 */
            establishedOn: string;
            /** @description a renovation council has 3 to 5 resident members */
            members: components["schemas"]["BodyMemberDto"][];
        };
        /** @enum {string} */
        ProjectEvent: "COMPLETE_SURVEY" | "START_CONSULTATION" | "APPLY" | "ADMIT_TO_PLAN" | "START_DESIGN" | "SUBMIT_FOR_REVIEW" | "PASS_REVIEW" | "REJECT_REVIEW" | "START_CONSTRUCTION" | "COMPLETE_CONSTRUCTION" | "PASS_ACCEPTANCE" | "FAIL_ACCEPTANCE" | "COMPLETE_ARCHIVE" | "CLOSE" | "SUSPEND" | "RESUME" | "CANCEL";
        GuardReportView: {
            /** @example surveyComplete */
            guard: string;
            ok: boolean;
            /**
             * @description when refused
             * @example SURVEY_INCOMPLETE
             */
            code?: string;
            /** @description when refused */
            message?: components["schemas"]["BilingualView"];
            /** @description practices (GET /practices/{id}) that helped against this refusal */
            practices?: string[];
        };
        EventOptionView: {
            event: components["schemas"]["ProjectEvent"];
            to: components["schemas"]["ProjectState"];
            label: components["schemas"]["BilingualView"];
            /** @description whether the caller's role may fire it at all */
            permitted: boolean;
            /** @description permitted and every guard passes */
            ready: boolean;
            guards: components["schemas"]["GuardReportView"][];
        };
        TransitionOptionsView: {
            state: components["schemas"]["ProjectState"];
            version: number;
            events: components["schemas"]["EventOptionView"][];
        };
        FireEventDto: {
            /**
             * @description an event of the machine (see GET /meta/machines)
             * @example OPEN
             */
            event: string;
            /** @description required by the events that cancel, suspend, reject or reopen */
            reason?: string;
            /** @description the project version you acted on; a newer project refuses with 409 */
            expectedVersion?: number;
        };
        GuardResultView: {
            /** @example surveyComplete */
            guard: string;
            ok: boolean;
            /**
             * @description when refused
             * @example SURVEY_INCOMPLETE
             */
            code?: string;
            /** @description when refused */
            message?: components["schemas"]["BilingualView"];
        };
        AuditEntryView: {
            /** @description increasing; a bigint as a string */
            id: string;
            /** Format: date-time */
            at: string;
            /**
             * Format: uuid
             * @description null when the system acted (a deadline)
             */
            actorId: string | null;
            actorRole: components["schemas"]["Role"] | null;
            /** @example project */
            subjectType: string;
            subjectId: string;
            /** Format: uuid */
            projectId: string | null;
            /** @example START_CONSTRUCTION */
            action: string;
            fromState: string | null;
            toState: string | null;
            reason: string | null;
            /** @description for transitions */
            guardResults: components["schemas"]["GuardResultView"][] | null;
            /** @description what changed: identifiers and counts, never personal data */
            detail: {
                [key: string]: unknown;
            };
        };
        FiredTransitionView: {
            project: components["schemas"]["ProjectView"];
            entry: components["schemas"]["AuditEntryView"];
        };
        AuditEntryViewPage: {
            items: components["schemas"]["AuditEntryView"][];
            /** @description all matching, not only this page */
            total: number;
        };
        HouseholdView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            compoundId: string;
            /** @example 1 */
            building: string;
            /** @example 2 */
            unit: string;
            /** @example 301 */
            room: string;
            /**
             * @description m²
             * @example 86.50
             */
            floorArea: string;
            /** @description masked for supervisors */
            ownerName: string | null;
            /** @description masked for supervisors */
            ownerPhone: string | null;
            /**
             * @description CURRENT: on the roster; the others left it and are kept for the rounds that counted them
             * @enum {string}
             */
            status: "CURRENT" | "MOVED_OUT" | "MERGED" | "SPLIT";
            /**
             * Format: date
             * @description the day it left the roster
             * @example 2026-05-20
             */
            leftOn: string | null;
        };
        HouseholdViewPage: {
            items: components["schemas"]["HouseholdView"][];
            /** @description all matching, not only this page */
            total: number;
        };
        HouseholdDto: {
            /** @example 3 */
            building: string;
            /** @example 1 */
            unit: string;
            /** @example 502 */
            room: string;
            /**
             * @description m², at most two decimals
             * @example 86.45
             */
            floorArea: number;
            /** @description personal data: masked for supervisors */
            ownerName?: string;
            /** @description personal data: masked for supervisors */
            ownerPhone?: string;
        };
        UpdateHouseholdDto: {
            /** @example 3 */
            building?: string;
            /** @example 1 */
            unit?: string;
            /** @example 502 */
            room?: string;
            /**
             * @description m², at most two decimals
             * @example 86.45
             */
            floorArea?: number;
            /** @description personal data: masked for supervisors */
            ownerName?: string;
            /** @description personal data: masked for supervisors */
            ownerPhone?: string;
        };
        HouseholdMoveDto: {
            /**
             * @description MOVED_OUT 迁出, MERGED 合并 (into intoHouseholdId), SPLIT 分户 (into newHouseholds)
             * @enum {string}
             */
            kind: "MOVED_OUT" | "MERGED" | "SPLIT";
            /** @example 房屋已出售，原户主全家迁出 */
            reason: string;
            /**
             * @description the day it happened, not after today (China time)
             * @example 2026-11-20
             */
            on: string;
            /**
             * Format: uuid
             * @description MERGED only: the household of the same compound it merged into
             */
            intoHouseholdId?: string;
            /** @description SPLIT only: the households it became, at least two; one may keep its unit key */
            newHouseholds?: components["schemas"]["HouseholdDto"][];
        };
        HouseholdMoveView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            compoundId: string;
            /**
             * Format: uuid
             * @description the household that left the roster
             */
            householdId: string;
            /** @enum {string} */
            kind: "MOVED_OUT" | "MERGED" | "SPLIT";
            reason: string;
            /**
             * Format: date
             * @example 2026-05-20
             */
            on: string;
            /**
             * Format: uuid
             * @description MERGED: the household it merged into
             */
            intoHouseholdId: string | null;
            /** @description SPLIT: the households it became, now on the roster */
            newHouseholds: components["schemas"]["HouseholdView"][];
            /** Format: uuid */
            recordedBy: string;
            /** Format: date-time */
            recordedAt: string;
        };
        RosterConfirmationRecordView: {
            /** Format: uuid */
            id: string;
            /** @description the roster revision it was given on */
            revision: number;
            households: number;
            surveyHouseholds: number | null;
            reason: string | null;
            /** Format: uuid */
            confirmedBy: string;
            /** Format: date-time */
            confirmedAt: string;
        };
        RosterConfirmationView: {
            /** Format: uuid */
            compoundId: string;
            /**
             * @description STALE: the roster or the survey count changed after the last confirmation
             * @enum {string}
             */
            state: "UNCONFIRMED" | "CONFIRMED" | "STALE";
            /** @description moves on with every add, edit, import, household move or removal */
            revision: number;
            /** @description households on the roster now */
            households: number;
            /** @description the household count of the survey of the compound's active project */
            surveyHouseholds: number | null;
            confirmation: components["schemas"]["RosterConfirmationRecordView"] | null;
        };
        ConfirmRosterDto: {
            /**
             * @description required when the roster's count differs from the survey's, or the survey has none
             * @example 2户为单位公房，已并入相邻门牌
             */
            reason?: string;
        };
        RowErrorView: {
            /** @description the line (CSV) or row (XLSX) in the file; 0 for the file as a whole */
            line: number;
            /** @description the header as written in the file */
            column: string | null;
            /** @example INVALID_AREA */
            code: string;
            /** @description in Chinese */
            message: string;
        };
        HouseholdRowView: {
            /** @example 1 */
            building: string;
            /** @example 2 */
            unit: string;
            /** @example 301 */
            room: string;
            /**
             * @description m²
             * @example 86.50
             */
            floorArea: string;
            /** @description masked for supervisors */
            ownerName: string | null;
            /** @description masked for supervisors */
            ownerPhone: string | null;
        };
        RosterImportView: {
            /** @description true when nothing was written */
            dryRun: boolean;
            /** @description the line or row the header was found on, past any title rows */
            headerLine: number;
            /** @description headers of the columns the import does not read (序号, 备注 …) */
            ignoredColumns: string[];
            /** @description lines under the table read as its foot (合计, 填表人：…, 日期) and left out; a 合计 between rows is a row, and reported */
            footerLines: number[];
            /** @description every row error of a dry run (at most 1,000); a real import with errors is refused instead */
            errors: components["schemas"]["RowErrorView"][];
            errorCount: number;
            /** @description households added (in a dry run: that would be added) */
            created: number;
            /** @description units already on the roster, updated (in a dry run: that would be updated) */
            updated: number;
            /** @description rows read below the header */
            total: number;
            /** @description the first 20 rows as written (or as they would be) */
            sample: components["schemas"]["HouseholdRowView"][];
        };
        /** @enum {string} */
        HouseholdSet: "ALL" | "PARTICIPANTS" | "AGREE" | "SIGNED_AGREE";
        /** @enum {string} */
        ConsentWeight: "HEADCOUNT" | "AREA";
        ThresholdView: {
            num: number;
            den: number;
        };
        ConsentConditionView: {
            /** @example agree-of-all */
            id: string;
            label: components["schemas"]["BilingualView"];
            numerator: components["schemas"]["HouseholdSet"];
            denominator: components["schemas"]["HouseholdSet"];
            weight: components["schemas"]["ConsentWeight"];
            /** @description numerator / denominator >= num / den (> when strict) */
            threshold: components["schemas"]["ThresholdView"];
            strict: boolean;
            /** @description the local setting that gives the threshold in percent */
            setting?: components["schemas"]["SettingKey"];
        };
        RuleProfileView: {
            id: components["schemas"]["RuleProfileId"];
            name: components["schemas"]["BilingualView"];
            /** @description the seed document or law it follows */
            source: string;
            /** @description the round subjects it may judge */
            subjects: components["schemas"]["RoundSubject"][];
            conditions: components["schemas"]["ConsentConditionView"][];
        };
        CreateRoundDto: {
            /**
             * Format: uuid
             * @description the covered compound this is about: required when the project covers several and you may act in more than one
             */
            compoundId?: string;
            /** @enum {string} */
            subject: "WILLINGNESS" | "PLAN" | "SATISFACTION" | "PROPERTY_COMPANY" | "MAINTENANCE_FUND_RAISING" | "PUBLIC_SPACE_OPERATION" | "OTHER";
            /** @example 桂花苑改造意愿征询 */
            title: string;
            /** @description defaults to the inherited one: the project's override, the district's default for the subject, or as shipped */
            ruleProfile?: string;
            /**
             * @description required when ruleProfile is not the one inherited (the district default, or as shipped)
             * @example 区住建局2026年第5号文：本区改造意愿按《民法典》第278条重大事项表决
             */
            ruleProfileReason?: string;
            /**
             * @description length of the public notice in days
             * @default 7
             */
            publicityDays: number;
            /** @description the plan version a PLAN round consults on */
            planVersion?: number;
        };
        /**
         * @description PROJECT: the project's override; DISTRICT: the district's default; SHIPPED: as shipped; NAMED: chosen for this round
         * @enum {string}
         */
        RuleProfileOrigin: "PROJECT" | "DISTRICT" | "SHIPPED" | "NAMED";
        /**
         * @description frozen at CLOSE
         * @enum {string}
         */
        ConsentResult: "PASSED" | "FAILED";
        RoundView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            projectId: string;
            /** Format: uuid */
            compoundId: string;
            subject: components["schemas"]["RoundSubject"];
            title: string;
            ruleProfile: components["schemas"]["RuleProfileId"];
            /** @description PROJECT: the project's override; DISTRICT: the district's default; SHIPPED: as shipped; NAMED: chosen for this round */
            ruleProfileOrigin: components["schemas"]["RuleProfileOrigin"];
            /** @description why the profile was chosen over the inherited one */
            ruleProfileReason: string | null;
            /** @description the plan version a PLAN round consults */
            planVersion: number | null;
            state: components["schemas"]["RoundState"];
            publicityDays: number;
            /** @description households in the roster snapshot taken at OPEN */
            rosterSize: number;
            /** Format: date-time */
            openedAt: string | null;
            /** Format: date-time */
            closedAt: string | null;
            /** Format: date-time */
            publicityEndsAt: string | null;
            /** Format: date-time */
            concludedAt: string | null;
            /** @description frozen at CLOSE */
            result: components["schemas"]["ConsentResult"] | null;
            /** @description sha256 of the last ledger entry, frozen at CLOSE */
            ledgerHead: string | null;
            ledgerCount: number;
            cancelReason: string | null;
            /** @description why no guard counts this round (judged by a profile not made for its subject) */
            voidReason: string | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
        };
        MachineEventDto: {
            /**
             * @description an event of the machine (see GET /meta/machines)
             * @example OPEN
             */
            event: string;
            /** @description required by the events that cancel, suspend, reject or reopen */
            reason?: string;
        };
        VoteDto: {
            householdId: string;
            /** @enum {string} */
            choice: "AGREE" | "DISAGREE" | "ABSTAIN";
            /** @description the household signed the form (签字) */
            signed: boolean;
            /** @enum {string} */
            channel: "DOOR_TO_DOOR" | "MEETING" | "PAPER_FORM" | "ONLINE";
            /**
             * @description paper form number
             * @example GHY-2026-0153
             */
            formNumber?: string;
            /** @description PLAN rounds: keys of the optional items this household wants (由居民点菜) */
            chosenItems?: string[];
            /** @description sha256 of the photo of the signed form */
            photoHash?: string;
        };
        /** @enum {string} */
        VoteChoice: "AGREE" | "DISAGREE" | "ABSTAIN";
        /** @enum {string} */
        VoteChannel: "DOOR_TO_DOOR" | "MEETING" | "PAPER_FORM" | "ONLINE";
        VoteView: {
            /** Format: uuid */
            roundId: string;
            /** Format: uuid */
            householdId: string;
            choice: components["schemas"]["VoteChoice"];
            /** @description the household signed the form (签字) */
            signed: boolean;
            channel: components["schemas"]["VoteChannel"];
            formNumber: string | null;
            photoHash: string | null;
            /** @description PLAN rounds: the optional items chosen */
            chosenItems: string[] | null;
            /** Format: uuid */
            recorderId: string;
            /** Format: date-time */
            recordedAt: string;
            /** @description position in the round ledger */
            seq: number;
        };
        RecordedVoteView: {
            vote: components["schemas"]["VoteView"];
            /** @description false when the same vote was already recorded */
            changed: boolean;
        };
        TallyRowView: {
            /** @example 1/2/301 */
            unitKey: string;
            /** @enum {string} */
            choice: "AGREE" | "DISAGREE" | "ABSTAIN";
            signed: boolean;
            /** @enum {string} */
            channel: "DOOR_TO_DOOR" | "MEETING" | "PAPER_FORM" | "ONLINE";
            formNumber: string | null;
            /** @description PLAN rounds: the optional items chosen; null when the file has no item column */
            chosenItems: string[] | null;
        };
        VoteImportView: {
            /** @description true when nothing was written */
            dryRun: boolean;
            /** @description the line or row the header was found on, past any title rows */
            headerLine: number;
            /** @description headers of the columns the import does not read (序号, 备注 …) */
            ignoredColumns: string[];
            /** @description lines under the table read as its foot (合计, 填表人：…, 日期) and left out; a 合计 between rows is a row, and reported */
            footerLines: number[];
            /** @description every row error of a dry run (at most 1,000); a real import with errors is refused instead */
            errors: components["schemas"]["RowErrorView"][];
            errorCount: number;
            /** @description rows that changed a vote (in a dry run: that would change one) */
            recorded: number;
            /** @description rows equal to the current vote */
            unchanged: number;
            /** @description rows read below the header */
            total: number;
            /** @description the ledger head after the import; in a dry run, the head as it stands */
            ledgerHead: string;
            /** @description the first 20 votes recorded (or that would be) */
            sample: components["schemas"]["TallyRowView"][];
        };
        CurrentVoteView: {
            /** Format: uuid */
            roundId: string;
            /** Format: uuid */
            householdId: string;
            choice: components["schemas"]["VoteChoice"];
            /** @description the household signed the form (签字) */
            signed: boolean;
            channel: components["schemas"]["VoteChannel"];
            formNumber: string | null;
            photoHash: string | null;
            /** @description PLAN rounds: the optional items chosen */
            chosenItems: string[] | null;
            /** Format: uuid */
            recorderId: string;
            /** Format: date-time */
            recordedAt: string;
            /** @description position in the round ledger */
            seq: number;
            /**
             * @description building/unit/room
             * @example 1/1/101
             */
            unitKey: string;
        };
        CurrentVoteViewPage: {
            items: components["schemas"]["CurrentVoteView"][];
            /** @description all matching, not only this page */
            total: number;
        };
        /**
         * @description NOT_RESPONDED: nobody has reached it yet
         * @enum {string}
         */
        GapStatus: "NOT_RESPONDED" | "ABSTAINED" | "DISAGREED" | "AGREED_UNSIGNED";
        GapHouseholdView: {
            /** @example 1/2/301 */
            unitKey: string;
            /** @description NOT_RESPONDED: nobody has reached it yet */
            status: components["schemas"]["GapStatus"];
            /**
             * @description 未表态, 已弃权, 已反对 or 已同意未签字
             * @example 未表态
             */
            statusName: string;
        };
        ConditionResultView: {
            id: string;
            label: components["schemas"]["BilingualView"];
            weight: components["schemas"]["ConsentWeight"];
            /** @description households, or floor area in hundredths of m² */
            numerator: string;
            denominator: string;
            /** @example 4/5 */
            threshold: string;
            strict: boolean;
            passed: boolean;
            /** @description least additional households to pass; 0 when passed, null when no number would do */
            gap: number | null;
            /** @description the households to win over, those nobody has reached yet first */
            gapHouseholds: components["schemas"]["GapHouseholdView"][];
        };
        TallyView: {
            profile: components["schemas"]["RuleProfileId"];
            result: components["schemas"]["ConsentResult"];
            conditions: components["schemas"]["ConditionResultView"][];
            rosterSize: number;
            responded: number;
            notResponded: number;
            /** Format: date-time */
            computedAt: string;
            /** @description frozen at CLOSE; live while the round is open */
            frozen: boolean;
        };
        ItemChoiceView: {
            key: string;
            name: string;
            /** @description respondents who chose it */
            chosen: number;
            /** @description chosen by more than half of the respondents */
            included: boolean;
        };
        ItemChoicesView: {
            respondents: number;
            items: components["schemas"]["ItemChoiceView"][];
        };
        PendingHouseholdView: {
            /** Format: uuid */
            householdId: string;
            /** @example 1/1/101 */
            unitKey: string;
            /**
             * @description m²
             * @example 86.50
             */
            floorArea: string;
        };
        PendingHouseholdViewPage: {
            items: components["schemas"]["PendingHouseholdView"][];
            /** @description all matching, not only this page */
            total: number;
        };
        LedgerIntactView: {
            /** @enum {boolean} */
            ok: true;
            count: number;
            /** @description sha256 of the last entry */
            head: string;
            /** @description the head frozen at CLOSE */
            frozenHead: string | null;
        };
        LedgerBrokenView: {
            /** @enum {boolean} */
            ok: false;
            count: number;
            /** @description seq of the first entry that does not fit */
            brokenAt: number;
            /** @enum {string} */
            reason: "PREVIOUS_HASH" | "HASH" | "SEQUENCE";
            frozenHead: string | null;
        };
        ObjectionDto: {
            /** @description the objecting household, if it is on the round roster */
            householdId?: string;
            /** @example 反对拆除自行车棚 */
            text: string;
        };
        ObjectionView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            roundId: string;
            /** Format: uuid */
            householdId: string | null;
            text: string;
            /** Format: uuid */
            filedBy: string;
            /** Format: date-time */
            filedAt: string;
            /** @enum {string|null} */
            response: "ADOPTED" | "EXPLAINED" | null;
            responseText: string | null;
            /** Format: uuid */
            respondedBy: string | null;
            /** Format: date-time */
            respondedAt: string | null;
        };
        ObjectionResponseDto: {
            /**
             * @description ADOPTED: the plan changes; EXPLAINED: why not
             * @enum {string}
             */
            response: "ADOPTED" | "EXPLAINED";
            text: string;
        };
        /** @enum {string} */
        AdmissionItem: "DEMOLISH_ILLEGAL_STRUCTURES" | "ACCEPT_PROPERTY_MANAGEMENT" | "REPLENISH_MAINTENANCE_FUND";
        AdmissionView: {
            /**
             * Format: uuid
             * @description the covered compound whose residents accepted it
             */
            compoundId: string;
            item: components["schemas"]["AdmissionItem"];
            /** @description how residents agreed (meeting minutes, signed undertakings) */
            basis: string;
            /** Format: uuid */
            confirmedBy: string;
            /** Format: date-time */
            confirmedAt: string;
        };
        MissingAdmissionView: {
            /** Format: uuid */
            compoundId: string;
            items: components["schemas"]["AdmissionItem"][];
        };
        /** @enum {string} */
        FundingSource: "CENTRAL_BUDGET" | "PROVINCIAL_BUDGET" | "LOCAL_BUDGET" | "RESIDENTS" | "PROPERTY_RIGHT_UNITS" | "PIPELINE_UNITS" | "SPECIAL_BONDS" | "BANK_LOANS" | "SOCIAL_CAPITAL" | "PUBLIC_REVENUE";
        FundingSourceView: {
            source: components["schemas"]["FundingSource"];
            /**
             * @description yuan, exact, two decimals, as a string; committed
             * @example 730000.00
             */
            amount: string;
            /**
             * @description yuan, exact, two decimals, as a string; arrived so far
             * @example 730000.00
             */
            received: string;
            note: string | null;
            /** @description social capital only: whether it comes in return for operating public space */
            publicSpace: boolean | null;
            /**
             * Format: uuid
             * @description the owners' PUBLIC_SPACE_OPERATION round that allowed it
             */
            consentRoundId: string | null;
        };
        FundingView: {
            /**
             * @description yuan, exact, two decimals, as a string; the declared budget
             * @example 730000.00
             */
            budget: string;
            /**
             * @description yuan, exact, two decimals, as a string; committed by every source
             * @example 730000.00
             */
            raised: string;
            /**
             * @description yuan, exact, two decimals, as a string; budget not yet covered, never negative
             * @example 730000.00
             */
            gap: string;
            /**
             * @description yuan, exact, two decimals, as a string
             * @example 730000.00
             */
            received: string;
            /**
             * @description yuan, exact, two decimals, as a string; budget of the current plan version; null before there is one
             * @example 730000.00
             */
            planBudget: string | null;
            /**
             * @description yuan, exact, two decimals, as a string; the current plan not yet covered, never negative
             * @example 730000.00
             */
            planGap: string | null;
            /**
             * @description yuan, exact, two decimals, as a string; items of the current plan that residents pay for
             * @example 730000.00
             */
            residentsItems: string | null;
            /**
             * @description yuan, exact, two decimals, as a string; what residents committed
             * @example 730000.00
             */
            residentsCommitted: string;
            sources: components["schemas"]["FundingSourceView"][];
        };
        PlanningView: {
            planYear: number | null;
            /** @description the implementing entity (实施主体) */
            implementingEntity: string | null;
            admission: components["schemas"]["AdmissionView"][];
            /** @description missing in at least one covered compound */
            missingAdmissionItems: components["schemas"]["AdmissionItem"][];
            /** @description per covered compound with something missing, the lead first */
            missingByCompound: components["schemas"]["MissingAdmissionView"][];
            /** @description null until a funding plan is recorded */
            funding: components["schemas"]["FundingView"] | null;
        };
        PlanYearDto: {
            /** @example 2026 */
            planYear: number;
        };
        AdmissionDto: {
            /**
             * Format: uuid
             * @description the covered compound this is about: required when the project covers several and you may act in more than one
             */
            compoundId?: string;
            /**
             * @description what shows the residents accepted it
             * @example 2026年3月业主大会决议第2项
             */
            basis: string;
        };
        ImplementingEntityDto: {
            /** @example 雨花区城市更新投资有限公司 */
            name: string;
        };
        FundingSourceDto: {
            /** @enum {string} */
            source: "CENTRAL_BUDGET" | "PROVINCIAL_BUDGET" | "LOCAL_BUDGET" | "RESIDENTS" | "PROPERTY_RIGHT_UNITS" | "PIPELINE_UNITS" | "SPECIAL_BONDS" | "BANK_LOANS" | "SOCIAL_CAPITAL" | "PUBLIC_REVENUE";
            /**
             * @description yuan, at most two decimals
             * @example 1200000
             */
            amount: number;
            /**
             * @description yuan received so far, at most the amount committed
             * @example 600000
             */
            received?: number;
            note?: string;
            /** @description SOCIAL_CAPITAL only, and required there: whether it comes in return for operating public space, which the owners must have decided in a PUBLIC_SPACE_OPERATION round */
            publicSpace?: boolean;
        };
        FundingPlanDto: {
            /**
             * @description budget in yuan
             * @example 3500000
             */
            budget: number;
            sources: components["schemas"]["FundingSourceDto"][];
        };
        PlanSectionsView: {
            basicFacts?: string;
            residentOpinions?: string;
            mainProblems?: string;
            contentAndMethod?: string;
            riskAssessment?: string;
            investmentEstimate?: string;
            fundingAndBalance?: string;
            smartCompound?: string;
            longTermManagement?: string;
        };
        PlanContributionsView: {
            /**
             * @description 居民出资比例, percent with two decimals; null until stated
             * @example 86.50
             */
            residentSharePercent: string | null;
            /**
             * @description yuan, exact, two decimals, as a string; what residents contribute
             * @example 730000.00
             */
            residents: string | null;
            /**
             * @description yuan, exact, two decimals, as a string; what social capital contributes; 0 states there is none
             * @example 730000.00
             */
            socialCapital: string | null;
        };
        /**
         * @description the mandatory item or the elevator it is
         * @enum {string}
         */
        ItemKind: "ILLEGAL_STRUCTURE_DEMOLITION" | "RAIN_SEWAGE_SEPARATION" | "FIRE_SAFETY" | "WEAK_CURRENT_TIDYING" | "SANITATION_FACILITIES" | "WINDOWS" | "ELEVATOR" | "AFTER_METER";
        /** @enum {string} */
        WorkCategory: "BASIC" | "IMPROVEMENT" | "UPGRADE";
        /** @enum {string} */
        Payer: "GOVERNMENT" | "RESIDENTS" | "OTHER";
        PlanItemView: {
            /** @example rain-sewage */
            key: string;
            /** @example 雨污分流改造 */
            name: string;
            /** @description the mandatory item or the elevator it is */
            kind: components["schemas"]["ItemKind"] | null;
            category: components["schemas"]["WorkCategory"];
            /** @example 86.50 */
            quantity: string;
            /** @example m */
            unit: string;
            /**
             * @description yuan, exact, two decimals, as a string
             * @example 730000.00
             */
            unitPrice: string;
            /**
             * @description yuan, exact, two decimals, as a string; quantity × unit price, rounded half up to the fen
             * @example 730000.00
             */
            budget: string;
            paidBy: components["schemas"]["Payer"];
            /** @description optional items are chosen by residents (由居民点菜) */
            required: boolean;
            /**
             * Format: uuid
             * @description in a project area: the covered compound it is built in; null: shared by the area
             */
            compoundId: string | null;
        };
        PlanVersionView: {
            /** Format: uuid */
            projectId: string;
            version: number;
            /** @description consulted in a round: edits make the next version */
            frozen: boolean;
            changeNote: string | null;
            /** @description the objections this version takes up */
            adoptedObjections: string[];
            sections: components["schemas"]["PlanSectionsView"];
            currentStateSurvey: boolean;
            fireLanes: boolean;
            ageFriendly: boolean;
            elevatorPositionReserved: boolean;
            /** @description the contributions the plan discloses to residents */
            contributions: components["schemas"]["PlanContributionsView"];
            items: components["schemas"]["PlanItemView"][];
            /**
             * @description yuan, exact, two decimals, as a string
             * @example 730000.00
             */
            budget: string;
            /** Format: uuid */
            createdBy: string;
            /** Format: date-time */
            createdAt: string;
        };
        PlanSectionsDto: {
            /** @description 基本情况 */
            basicFacts?: string;
            /** @description 居民意见调查情况 */
            residentOpinions?: string;
            /** @description 存在的主要问题 */
            mainProblems?: string;
            /** @description 改造内容及方式 */
            contentAndMethod?: string;
            /** @description 风险评估 */
            riskAssessment?: string;
            /** @description 投资估算 */
            investmentEstimate?: string;
            /** @description 资金筹措及平衡方案 */
            fundingAndBalance?: string;
            /** @description 智慧小区建设 */
            smartCompound?: string;
            /** @description 长效管理方案 */
            longTermManagement?: string;
        };
        PlanContributionsDto: {
            /**
             * @description 居民出资比例: residents' share of the improvement and upgrade work, percent, at most two decimals
             * @example 30
             */
            residentSharePercent?: number | null;
            /**
             * @description what residents contribute, yuan; must match the funding plan
             * @example 150000
             */
            residents?: number | null;
            /**
             * @description what social capital contributes, yuan; 0 states there is none
             * @example 0
             */
            socialCapital?: number | null;
        };
        PlanItemDto: {
            /**
             * @description stable key of the item across versions
             * @example rain-sewage
             */
            key: string;
            /** @example 雨污分流改造 */
            name: string;
            /**
             * @description a mandatory item, or one residents pay for: WINDOWS, ELEVATOR, AFTER_METER (water and power work after the meter)
             * @enum {string}
             */
            kind?: "ILLEGAL_STRUCTURE_DEMOLITION" | "RAIN_SEWAGE_SEPARATION" | "FIRE_SAFETY" | "WEAK_CURRENT_TIDYING" | "SANITATION_FACILITIES" | "WINDOWS" | "ELEVATOR" | "AFTER_METER";
            /** @enum {string} */
            category: "BASIC" | "IMPROVEMENT" | "UPGRADE";
            /** @example 1200.5 */
            quantity: number;
            /** @example m */
            unit: string;
            /**
             * @description yuan per unit
             * @example 380
             */
            unitPrice: number;
            /** @enum {string} */
            paidBy: "GOVERNMENT" | "RESIDENTS" | "OTHER";
            /** @description required, or optional for residents to choose */
            required: boolean;
            /**
             * Format: uuid
             * @description in a project area: the covered compound the item is built in (left out: shared by the area)
             */
            compoundId?: string | null;
        };
        PlanDto: {
            /** @description the nine sections: basicFacts, residentOpinions, mainProblems, contentAndMethod, riskAssessment, investmentEstimate, fundingAndBalance, smartCompound, longTermManagement */
            sections?: components["schemas"]["PlanSectionsDto"];
            /** @description drawn from a survey of the current state */
            currentStateSurvey?: boolean;
            fireLanes?: boolean;
            ageFriendly?: boolean;
            /** @description an elevator position is reserved when none is installed */
            elevatorPositionReserved?: boolean;
            /** @description the contributions the plan discloses to residents; each field given replaces the last version's */
            contributions?: components["schemas"]["PlanContributionsDto"];
            /** @description replaces the items when given */
            items?: components["schemas"]["PlanItemDto"][];
            /** @description what changed and why */
            changeNote?: string;
            /** @description a closed PLAN round whose choices keep or drop the optional items */
            applyChoicesFrom?: string;
            /** @description objections answered ADOPTED that this version takes up */
            adoptedObjections?: string[];
        };
        CodedEntryView: {
            /** @example HOUSING */
            code: string;
            name: components["schemas"]["BilingualView"];
        };
        ReviewersDto: {
            /**
             * @example [
             *       "HOUSING",
             *       "FIRE_EMERGENCY",
             *       "WATER"
             *     ]
             */
            reviewers: string[];
        };
        /** @enum {string} */
        ReviewOpinion: "APPROVE" | "APPROVE_WITH_CONDITIONS" | "REJECT";
        ReviewConditionView: {
            text: string;
            /**
             * Format: uuid
             * @description the PM who acknowledged it
             */
            acknowledgedBy: string | null;
            /** Format: date-time */
            acknowledgedAt: string | null;
        };
        /** @enum {string} */
        Entry: "SELF" | "ON_BEHALF" | "UNVERIFIED";
        ReviewOpinionView: {
            /**
             * @description a department code (GET /reviewers)
             * @example FIRE
             */
            reviewer: string;
            opinion: components["schemas"]["ReviewOpinion"];
            comments: string;
            conditions: components["schemas"]["ReviewConditionView"][];
            /** @description who gave it for the department (masked for supervisors); null on opinions recorded before it was asked */
            signer: string | null;
            entry: components["schemas"]["Entry"];
            /** @description the number of the department's paper opinion, entered on its behalf */
            formNumber: string | null;
            /** @description sha256 of the photo of the department's paper opinion, entered on its behalf */
            photoSha256: string | null;
            /**
             * Format: uuid
             * @description the user who entered it
             */
            recordedBy: string;
            /** Format: date-time */
            recordedAt: string;
        };
        ReviewView: {
            /** Format: uuid */
            id: string;
            planVersion: number;
            /** @enum {string} */
            state: "OPEN" | "PASSED" | "REJECTED";
            /** @description the departments on the list when it opened */
            reviewers: string[];
            /** Format: date-time */
            openedAt: string;
            /** Format: date-time */
            closedAt: string | null;
            opinions: components["schemas"]["ReviewOpinionView"][];
        };
        OpinionDto: {
            /**
             * @description the person who signed for the party; required on a party's behalf, the caller's own name by default; masked for supervisors
             * @example 黄志刚
             */
            signer?: string;
            /**
             * @description the paper form's number; required on a party's behalf only
             * @example YS-2026-031
             */
            formNumber?: string;
            /**
             * @description a department on the review list
             * @example FIRE_EMERGENCY
             */
            reviewer: string;
            /** @enum {string} */
            opinion: "APPROVE" | "APPROVE_WITH_CONDITIONS" | "REJECT";
            /** @example 消防通道宽度满足要求 */
            comments: string;
            /** @description required with APPROVE_WITH_CONDITIONS, refused otherwise */
            conditions?: string[];
            /**
             * @description sha256 (hex) of a photo of the department's signed paper opinion; required on its behalf only
             * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
             */
            photoSha256?: string;
        };
        PermitView: {
            /** Format: uuid */
            id: string;
            /** @example 建筑工程施工许可证 */
            type: string;
            number: string;
            issuer: string;
            /**
             * Format: date
             * @example 2026-05-20
             */
            issuedOn: string;
        };
        /** @enum {string} */
        ExemptionBasis: "NO_ADDED_FLOOR_AREA" | "NO_FUNCTION_OR_STRUCTURE_CHANGE" | "NO_PLANNING_CONDITION_CHANGE";
        ExemptionView: {
            bases: components["schemas"]["ExemptionBasis"][];
            note: string | null;
            /** Format: uuid */
            recordedBy: string;
            /** Format: date-time */
            recordedAt: string;
        };
        VolunteerSupervisorView: {
            /** @description masked for supervisors */
            name: string;
            /** @description null for supervisors */
            phone?: string | null;
        };
        TeamView: {
            contractor: string;
            /** @description the supervision company (监理) */
            supervisionCompany: string;
            epc: boolean;
            /** @description one or two resident volunteers */
            volunteerSupervisors: components["schemas"]["VolunteerSupervisorView"][];
            /** Format: date-time */
            recordedAt: string;
        };
        PermitsView: {
            permits: components["schemas"]["PermitView"][];
            exemption: components["schemas"]["ExemptionView"] | null;
            team: components["schemas"]["TeamView"] | null;
        };
        PermitDto: {
            /** @example 建筑工程施工许可证 */
            type: string;
            /** @example 430111202603150101 */
            number: string;
            /** @example 雨花区住房和城乡建设局 */
            issuer: string;
            /** @example 2026-03-15 */
            issuedOn: string;
        };
        ExemptionDto: {
            /** @description all three must hold */
            bases: ("NO_ADDED_FLOOR_AREA" | "NO_FUNCTION_OR_STRUCTURE_CHANGE" | "NO_PLANNING_CONDITION_CHANGE")[];
            note?: string;
        };
        VolunteerDto: {
            /** @example 刘建华 */
            name: string;
            phone?: string;
        };
        TeamDto: {
            /** @example 湖南某建设工程有限公司 */
            contractor: string;
            /**
             * @description 监理
             * @example 某工程监理有限公司
             */
            supervisionCompany: string;
            /** @description design-build (EPC) contract */
            epc: boolean;
            /** @description one or two resident volunteer supervisors */
            volunteerSupervisors: components["schemas"]["VolunteerDto"][];
        };
        /** @enum {string} */
        ReportState: "DUE" | "SUBMITTED" | "ACCEPTED" | "RETURNED" | "OVERDUE";
        ReportItemView: {
            /**
             * @description a plan item
             * @example rain-sewage
             */
            key: string;
            percent: number;
            /** @description why a figure went down, when it did */
            reason?: string | null;
        };
        ReportView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            projectId: string;
            /** @description the first report of the project is 1 */
            seq: number;
            /** Format: date-time */
            dueAt: string;
            state: components["schemas"]["ReportState"];
            /** @description null until submitted */
            items: components["schemas"]["ReportItemView"][] | null;
            narrative: string | null;
            issues: string | null;
            /** @description photo references */
            photos: string[];
            /** Format: uuid */
            submittedBy: string | null;
            /** Format: date-time */
            submittedAt: string | null;
            /**
             * Format: uuid
             * @description the supervisor who accepted or returned it
             */
            auditedBy: string | null;
            /** Format: date-time */
            auditedAt: string | null;
        };
        ReportListItemView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            projectId: string;
            /** @description the first report of the project is 1 */
            seq: number;
            /** Format: date-time */
            dueAt: string;
            state: components["schemas"]["ReportState"];
            /** @description null until submitted */
            items: components["schemas"]["ReportItemView"][] | null;
            narrative: string | null;
            issues: string | null;
            /** @description photo references */
            photos: string[];
            /** Format: uuid */
            submittedBy: string | null;
            /** Format: date-time */
            submittedAt: string | null;
            /**
             * Format: uuid
             * @description the supervisor who accepted or returned it
             */
            auditedBy: string | null;
            /** Format: date-time */
            auditedAt: string | null;
            /** @example 芙蓉里综合改造 */
            projectName: string;
            /** Format: uuid */
            districtId: string;
        };
        ScheduleDto: {
            /**
             * @description days between progress reports
             * @example 15
             */
            intervalDays: number;
        };
        ReportScheduleView: {
            intervalDays: number;
        };
        CompoundProgressView: {
            /**
             * Format: uuid
             * @description null: the items a project area shares
             */
            compoundId: string | null;
            /**
             * @description the budget of the compound's items, yuan
             * @example 9000.00
             */
            budget: string;
            /** @description hundredths of a percent (0 to 10000) */
            basisPoints: number;
            /** @example 10.00 */
            percent: string;
        };
        ProgressView: {
            /** @description budget-weighted progress in hundredths of a percent (0 to 10000) */
            basisPoints: number;
            /** @example 62.50 */
            percent: string;
            /** @description the accepted report the figures come from */
            reportSeq: number | null;
            /** @description per covered compound, the lead first */
            compounds: components["schemas"]["CompoundProgressView"][];
        };
        ReportItemDto: {
            /** @example rain-sewage */
            key: string;
            /** @example 60 */
            percent: number;
            /** @description why a figure went down since the last accepted report */
            reason?: string;
        };
        ReportDto: {
            items: components["schemas"]["ReportItemDto"][];
            /** @example 雨污分流主管完成铺设 */
            narrative: string;
            issues?: string;
            /** @description photo references (hashes or archive numbers) */
            photos?: string[];
        };
        FindingDto: {
            /** @enum {string} */
            severity: "LOW" | "MEDIUM" | "HIGH" | "CRITICAL";
            /** @example 3号楼脚手架未设置防护网 */
            description: string;
            /**
             * @description 限期整改: the rectification deadline. A date is due at the end of that day, Beijing time (23:59:59.999+08:00); a date and time without an offset is read in Beijing time
             * @example 2026-07-01
             */
            deadline: string;
            /** @example 施工单位项目经理 */
            responsible: string;
        };
        ReturnDto: {
            findings: components["schemas"]["FindingDto"][];
        };
        /** @enum {string} */
        FindingSeverity: "LOW" | "MEDIUM" | "HIGH" | "CRITICAL";
        /** @enum {string} */
        FindingState: "OPEN" | "RECTIFIED" | "CLOSED" | "REOPENED";
        LedgerFindingView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            projectId: string;
            /**
             * Format: uuid
             * @description the report it was raised on
             */
            reportId: string;
            severity: components["schemas"]["FindingSeverity"];
            description: string;
            /**
             * Format: date-time
             * @description the rectification deadline (限期整改)
             */
            deadline: string;
            /** @description who is responsible for the rectification */
            responsible: string;
            state: components["schemas"]["FindingState"];
            /** @description the rectification evidence */
            evidence: string | null;
            /** Format: uuid */
            raisedBy: string;
            /** Format: date-time */
            raisedAt: string;
            /** Format: date-time */
            closedAt: string | null;
            /**
             * @description the project it was raised on, by name
             * @example 芙蓉里综合改造
             */
            projectName: string;
            /** @description past its deadline now */
            overdue: boolean;
        };
        FindingEventDto: {
            /**
             * @description an event of the machine (see GET /meta/machines)
             * @example OPEN
             */
            event: string;
            /** @description required by the events that cancel, suspend, reject or reopen */
            reason?: string;
            /** @description rectification evidence */
            evidence?: string;
        };
        FindingView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            projectId: string;
            /**
             * Format: uuid
             * @description the report it was raised on
             */
            reportId: string;
            severity: components["schemas"]["FindingSeverity"];
            description: string;
            /**
             * Format: date-time
             * @description the rectification deadline (限期整改)
             */
            deadline: string;
            /** @description who is responsible for the rectification */
            responsible: string;
            state: components["schemas"]["FindingState"];
            /** @description the rectification evidence */
            evidence: string | null;
            /** Format: uuid */
            raisedBy: string;
            /** Format: date-time */
            raisedAt: string;
            /** Format: date-time */
            closedAt: string | null;
        };
        ChangeLineView: {
            /** @example rain-sewage */
            key: string;
            /**
             * @description the new quantity
             * @example 86.50
             */
            quantity: string;
            /**
             * @description fen (1/100 yuan), exact, as a string; the unit price, from the plan item when none was given
             * @example 73000000
             */
            unitPriceFen: string;
            /** @description the unit price in yuan, as it was sent */
            unitPrice?: number;
            /** @description a new item */
            name?: string;
            category?: components["schemas"]["WorkCategory"];
            unit?: string;
            paidBy?: components["schemas"]["Payer"];
        };
        /** @enum {string} */
        ChangeOrderState: "DRAFT" | "ARGUED" | "BUDGET_REVIEWED" | "APPROVED" | "REJECTED";
        /**
         * @description the parties that argued it
         * @enum {string}
         */
        ChangeParty: "CONSTRUCTION_UNIT" | "DESIGN" | "SUPERVISION" | "CONTRACTOR" | "OWNER_REPRESENTATIVES";
        GovernmentDecisionView: {
            /** @example 会同县人民政府 */
            authority: string;
            /** @example 会政函〔2026〕18号 */
            documentNumber: string;
            /**
             * Format: date
             * @description the date on the document
             * @example 2026-05-20
             */
            decidedOn: string;
            /**
             * Format: uuid
             * @description the supervisor who recorded it
             */
            recordedBy: string;
        };
        LegacyChangeOrderView: {
            /**
             * @description the kind under the former rules
             * @enum {string}
             */
            kind: "MINOR" | "MAJOR";
            /** @description the state under the former rules */
            state: string;
            /** @description a former minor order: its site visa */
            siteDocument?: string;
            /** @description a former minor order: its representatives (masked for supervisors) */
            residentRepresentatives?: string[];
            /** @description approved before the government was required */
            approvedWithoutGovernment?: boolean;
        };
        ChangeOrderView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            projectId: string;
            title: string;
            reason: string;
            lines: components["schemas"]["ChangeLineView"][];
            state: components["schemas"]["ChangeOrderState"];
            /** @description the parties that argued it */
            parties: components["schemas"]["ChangeParty"][];
            /** @description the written opinion of the argument (论证意见书) */
            opinion: string | null;
            /** @description the project HQ meeting's decision */
            meetingDecision: string | null;
            /** @description county finance's budget review */
            financeReview: string | null;
            /** Format: date-time */
            budgetReviewedAt: string | null;
            /** @description the government's approval or refusal */
            decision: components["schemas"]["GovernmentDecisionView"] | null;
            /** @description the plan version an approval made */
            planVersion: number | null;
            legacy: components["schemas"]["LegacyChangeOrderView"] | null;
            /** Format: uuid */
            createdBy: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            decidedAt: string | null;
        };
        ChangeLineDto: {
            /**
             * @description an item of the plan (a change order may add a new key)
             * @example rain-sewage
             */
            key: string;
            /**
             * @description the new quantity, or the quantity built
             * @example 650
             */
            quantity: number;
            /** @description yuan; defaults to the plan item’s price */
            unitPrice?: number;
            /** @description for a new item */
            name?: string;
            /** @enum {string} */
            category?: "BASIC" | "IMPROVEMENT" | "UPGRADE";
            unit?: string;
            /** @enum {string} */
            paidBy?: "GOVERNMENT" | "RESIDENTS" | "OTHER";
        };
        ChangeOrderDto: {
            /** @example 雨污管线长度增加 */
            title: string;
            /** @example 开挖后发现原管线走向与图纸不符 */
            reason: string;
            lines: components["schemas"]["ChangeLineDto"][];
        };
        GovernmentDecisionDto: {
            /** @example 会同县人民政府 */
            authority: string;
            /** @example 会政函〔2026〕18号 */
            documentNumber: string;
            /**
             * @description the date on the document, not in the future, not before the budget review
             * @example 2026-05-20
             */
            decidedOn: string;
        };
        ChangeEventDto: {
            /**
             * @description an event of the machine (see GET /meta/machines)
             * @example OPEN
             */
            event: string;
            /** @description required by the events that cancel, suspend, reject or reopen */
            reason?: string;
            /** @description ARGUE: the parties present */
            parties?: ("CONSTRUCTION_UNIT" | "DESIGN" | "SUPERVISION" | "CONTRACTOR" | "OWNER_REPRESENTATIVES")[];
            /** @description ARGUE: the written opinion of the argument (论证意见书) */
            opinion?: string;
            /** @description ARGUE: the project HQ meeting's decision (项目指挥部会议决定), e.g. its minutes' number */
            meetingDecision?: string;
            /** @description REVIEW_BUDGET: county finance's budget review (财政预算评审意见) */
            financeReview?: string;
            /** @description APPROVE, or REJECT after the budget review: the government's decision, recorded by a supervisor of the district */
            decision?: components["schemas"]["GovernmentDecisionDto"];
        };
        RepresentativeView: {
            /**
             * @description masked for supervisors
             * @example 张**
             */
            name: string;
            /**
             * Format: uuid
             * @description the covered compound they speak for
             */
            compoundId: string;
        };
        ConfirmedQuantityView: {
            /** @example rain-sewage */
            key: string;
            /**
             * @description the quantity built
             * @example 86.50
             */
            quantity: string;
        };
        SiteConfirmationView: {
            /** Format: uuid */
            projectId: string;
            /** @description the plan version confirmed against */
            planVersion: number;
            /** @example QZ-2026-031 */
            documentNumber: string;
            /**
             * Format: date
             * @example 2026-05-20
             */
            confirmedOn: string;
            residentRepresentatives: components["schemas"]["RepresentativeView"][];
            items: components["schemas"]["ConfirmedQuantityView"][];
            /** Format: uuid */
            recordedBy: string;
            /** Format: date-time */
            recordedAt: string;
        };
        RepresentativeDto: {
            /**
             * Format: uuid
             * @description the covered compound this is about: required when the project covers several and you may act in more than one
             */
            compoundId?: string;
            /** @example 张建国 */
            name: string;
        };
        ItemQuantityDto: {
            /**
             * @description an item of the plan (a change order may add a new key)
             * @example rain-sewage
             */
            key: string;
            /**
             * @description the new quantity, or the quantity built
             * @example 650
             */
            quantity: number;
        };
        SiteConfirmationDto: {
            /**
             * @description the number of the site visa signed on site (现场签证单)
             * @example QZ-2026-031
             */
            documentNumber: string;
            /**
             * @description the day it was signed, not in the future
             * @example 2026-05-28
             */
            confirmedOn: string;
            /** @description the resident representatives who confirmed with the project HQ, each of the covered compound they speak for */
            residentRepresentatives: components["schemas"]["RepresentativeDto"][];
            /** @description every item of the plan with the quantity built */
            items: components["schemas"]["ItemQuantityDto"][];
        };
        /** @enum {string} */
        ComplaintState: "RECEIVED" | "HANDLING" | "RESOLVED" | "REVISITED" | "CLOSED";
        /** @enum {string} */
        ComplaintEvent: "HANDLE" | "RESOLVE" | "REVISIT" | "CLOSE" | "REOPEN";
        ComplaintStepView: {
            event: components["schemas"]["ComplaintEvent"];
            /** Format: uuid */
            by: string;
            /** Format: date-time */
            at: string;
            /** @description the handler, the resolution, the complainant's words or the reason */
            note: string | null;
        };
        ComplaintView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            projectId: string;
            /**
             * Format: uuid
             * @description the covered compound it came from
             */
            compoundId: string;
            subject: string;
            /** @description masked for supervisors */
            complainantName: string | null;
            /** @description masked for supervisors */
            complainantContact: string | null;
            state: components["schemas"]["ComplaintState"];
            /** Format: uuid */
            receivedBy: string;
            /** Format: date-time */
            receivedAt: string;
            /**
             * Format: date-time
             * @description the response limit
             */
            respondBy: string;
            /**
             * Format: date-time
             * @description when the limit passed unanswered
             */
            responseOverdueAt: string | null;
            steps: components["schemas"]["ComplaintStepView"][];
        };
        ComplaintDto: {
            /**
             * Format: uuid
             * @description the covered compound this is about: required when the project covers several and you may act in more than one
             */
            compoundId?: string;
            /** @example 夜间施工噪音扰民 */
            subject: string;
            /** @description personal data: masked for supervisors */
            complainantName?: string;
            /** @description personal data: masked for supervisors */
            complainantContact?: string;
            /**
             * @description days to respond
             * @default 3
             */
            responseDays: number;
        };
        ComplaintEventDto: {
            /**
             * @description an event of the machine (see GET /meta/machines)
             * @example OPEN
             */
            event: string;
            /** @description required by the events that cancel, suspend, reject or reopen */
            reason?: string;
            handler?: string;
            resolution?: string;
            /** @description the complainant's words at the revisit */
            acknowledgement?: string;
        };
        PartiesDto: {
            /**
             * @example [
             *       "CONSTRUCTION_UNIT",
             *       "CONTRACTOR",
             *       "SUPERVISION",
             *       "OWNER_REPRESENTATIVES"
             *     ]
             */
            parties: string[];
        };
        /** @enum {string} */
        SignatureOpinion: "PASS" | "FAIL";
        SignatureView: {
            /**
             * @description a party code (GET /acceptance-parties)
             * @example OWNER_REPRESENTATIVES
             */
            party: string;
            /** @description masked for supervisors */
            signer: string;
            opinion: components["schemas"]["SignatureOpinion"];
            comments: string;
            entry: components["schemas"]["Entry"];
            /** @description the paper form's number, entered on the party's behalf */
            formNumber: string | null;
            /** @description sha256 of the archived photo of the signed paper form, entered on the party's behalf */
            photoSha256: string | null;
            /**
             * Format: uuid
             * @description the user who entered it
             */
            recordedBy: string;
            /** @description the name of the user who entered it; masked for supervisors */
            recordedByName: string;
            /** Format: date-time */
            signedAt: string;
        };
        AcceptanceFormView: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            state: "OPEN" | "PASSED" | "FAILED";
            /** @description the party codes that sign it */
            parties: string[];
            /** @description what a failed acceptance asks to rectify */
            rectification: string | null;
            /** Format: date-time */
            openedAt: string;
            /** Format: date-time */
            closedAt: string | null;
            signatures: components["schemas"]["SignatureView"][];
        };
        SignatureDto: {
            /**
             * @description the person who signed for the party; required on a party's behalf, the caller's own name by default; masked for supervisors
             * @example 黄志刚
             */
            signer?: string;
            /**
             * @description the paper form's number; required on a party's behalf only
             * @example YS-2026-031
             */
            formNumber?: string;
            /**
             * @description a party on the form
             * @example OWNER_REPRESENTATIVES
             */
            party: string;
            /** @enum {string} */
            opinion: "PASS" | "FAIL";
            /** @example 同意验收 */
            comments: string;
            /**
             * Format: uuid
             * @description a photo (JPEG or PNG) of the signed paper form uploaded to the project's archive; required on a party's behalf only
             */
            photoDocumentId?: string;
        };
        SignedView: {
            party: string;
            opinion: components["schemas"]["SignatureOpinion"];
            entry: components["schemas"]["Entry"];
            /** Format: date-time */
            signedAt: string;
        };
        PortfolioFilterView: {
            /** Format: uuid */
            cityId?: string;
            /** Format: uuid */
            districtId?: string;
            state?: components["schemas"]["ProjectState"];
            planYear?: number;
        };
        ProjectsByStateView: {
            SURVEY: number;
            ORGANIZING: number;
            CONSULTATION: number;
            APPLIED: number;
            PLANNED: number;
            DESIGN: number;
            JOINT_REVIEW: number;
            PERMITTING: number;
            CONSTRUCTION: number;
            ACCEPTANCE: number;
            ARCHIVING: number;
            LONG_TERM: number;
            CLOSED: number;
            ON_HOLD: number;
            CANCELLED: number;
        };
        ProjectCountsView: {
            total: number;
            byState: components["schemas"]["ProjectsByStateView"];
        };
        OverdueCountsView: {
            /** @description progress reports past their due date with no submission */
            reports: number;
            /** @description findings not closed past their deadline */
            findings: number;
            /** @description complaints received or in handling past their response limit */
            complaints: number;
            total: number;
        };
        FundsView: {
            /**
             * @description fen (1/100 yuan), exact, as a string; funding plan budgets
             * @example 73000000
             */
            budgetFen: string;
            /**
             * @description fen (1/100 yuan), exact, as a string; amounts committed
             * @example 73000000
             */
            raisedFen: string;
            /**
             * @description fen (1/100 yuan), exact, as a string; each project's shortfall added up: one project's surplus does not hide another's gap
             * @example 73000000
             */
            gapFen: string;
        };
        DistrictFiguresView: {
            projects: components["schemas"]["ProjectCountsView"];
            overdue: components["schemas"]["OverdueCountsView"];
            funds: components["schemas"]["FundsView"];
            /** Format: uuid */
            id: string;
            code: string;
            name: string;
            /**
             * Format: uuid
             * @description the district's city
             */
            cityId: string;
        };
        PortfolioCityView: {
            /** Format: uuid */
            id: string;
            /** @example changsha */
            code: string;
            /** @example 长沙市 */
            name: string;
            projects: components["schemas"]["ProjectCountsView"];
            overdue: components["schemas"]["OverdueCountsView"];
            funds: components["schemas"]["FundsView"];
        };
        FiguresView: {
            projects: components["schemas"]["ProjectCountsView"];
            overdue: components["schemas"]["OverdueCountsView"];
            funds: components["schemas"]["FundsView"];
        };
        PortfolioView: {
            /**
             * Format: date-time
             * @description overdue items are judged by this moment
             */
            asOf: string;
            /** @description the filters applied */
            filter: components["schemas"]["PortfolioFilterView"];
            /** @description every district in scope (or of the city asked for), by code */
            districts: components["schemas"]["DistrictFiguresView"][];
            /** @description the districts above added up per city, by city code */
            cities: components["schemas"]["PortfolioCityView"][];
            /** @description the districts above added up */
            total: components["schemas"]["FiguresView"];
        };
        BuildBulletinDto: {
            /**
             * Format: uuid
             * @description the city, by id
             */
            cityId?: string;
            /**
             * @description the city, by code
             * @example changsha
             */
            cityCode?: string;
            /**
             * @description a month that has ended, in China Standard Time
             * @example 2026-05
             */
            month: string;
        };
        PeriodView: {
            /**
             * Format: date-time
             * @description 00:00 China Standard Time on the first
             */
            start: string;
            /**
             * Format: date-time
             * @description the start of the next month
             */
            end: string;
            /** @example Asia/Shanghai */
            timeZone: string;
        };
        CompletionRateView: {
            /** @description projects that passed joint acceptance */
            accepted: number;
            /** @description projects admitted into an annual plan */
            admitted: number;
            /** @description percent; null when nothing was admitted */
            percent: string | null;
        };
        StageTimeView: {
            /** @description stays in the state that ended within the month */
            stays: number;
            /** @description days, one decimal; null without a stay */
            averageDays: number | null;
        };
        AverageDaysByStageView: {
            SURVEY: components["schemas"]["StageTimeView"];
            ORGANIZING: components["schemas"]["StageTimeView"];
            CONSULTATION: components["schemas"]["StageTimeView"];
            APPLIED: components["schemas"]["StageTimeView"];
            PLANNED: components["schemas"]["StageTimeView"];
            DESIGN: components["schemas"]["StageTimeView"];
            JOINT_REVIEW: components["schemas"]["StageTimeView"];
            PERMITTING: components["schemas"]["StageTimeView"];
            CONSTRUCTION: components["schemas"]["StageTimeView"];
            ACCEPTANCE: components["schemas"]["StageTimeView"];
            ARCHIVING: components["schemas"]["StageTimeView"];
            LONG_TERM: components["schemas"]["StageTimeView"];
            CLOSED: components["schemas"]["StageTimeView"];
            ON_HOLD: components["schemas"]["StageTimeView"];
            CANCELLED: components["schemas"]["StageTimeView"];
        };
        CityFiguresView: {
            projects: components["schemas"]["ProjectCountsView"];
            overdue: components["schemas"]["OverdueCountsView"];
            funds: components["schemas"]["FundsView"];
            /** @description projects that started construction within the month */
            startedThisMonth: number;
            /** @description projects that passed acceptance within the month */
            completedThisMonth: number;
            completionRate: components["schemas"]["CompletionRateView"];
            averageDaysByStage: components["schemas"]["AverageDaysByStageView"];
        };
        BulletinDistrictView: {
            projects: components["schemas"]["ProjectCountsView"];
            overdue: components["schemas"]["OverdueCountsView"];
            funds: components["schemas"]["FundsView"];
            /** Format: uuid */
            id: string;
            code: string;
            name: string;
            /** @description projects that started construction within the month */
            startedThisMonth: number;
            /** @description projects that passed acceptance within the month */
            completedThisMonth: number;
            completionRate: components["schemas"]["CompletionRateView"];
            averageDaysByStage: components["schemas"]["AverageDaysByStageView"];
            /**
             * Format: uuid
             * @description the district's city; absent from bulletins published before cities had an id
             */
            cityId?: string;
            /** @description equal districts share a rank (1, 2, 2, 4) within the city */
            rank: number;
        };
        BulletinContentView: {
            /** @example 2026-05 */
            month: string;
            period: components["schemas"]["PeriodView"];
            /** Format: date-time */
            builtAt: string;
            rankingRule: components["schemas"]["BilingualView"];
            /** @description the city's districts added up */
            city: components["schemas"]["CityFiguresView"];
            /** @description in ranking order */
            districts: components["schemas"]["BulletinDistrictView"][];
        };
        BulletinView: {
            /** @example 2026-05 */
            month: string;
            /** @description the city whose districts it ranks */
            city: components["schemas"]["CityNameView"];
            /** Format: date-time */
            builtAt: string;
            /**
             * @description the monthly job, or a user on demand
             * @enum {string}
             */
            builtVia: "JOB" | "USER";
            /**
             * Format: uuid
             * @description the user who built it; null for the job
             */
            builtBy: string | null;
            content: components["schemas"]["BulletinContentView"];
        };
        BulletinSummaryView: {
            /** @example 2026-05 */
            month: string;
            /** @description the city whose districts it ranks */
            city: components["schemas"]["CityNameView"];
            /** Format: date-time */
            builtAt: string;
            /**
             * @description the monthly job, or a user on demand
             * @enum {string}
             */
            builtVia: "JOB" | "USER";
            /**
             * Format: uuid
             * @description the user who built it; null for the job
             */
            builtBy: string | null;
        };
        /** @enum {string} */
        ArchiveKind: "SURVEY_LEDGER" | "CONSENT_RECORDS" | "PLAN_VERSIONS" | "REVIEW_OPINIONS" | "PERMITS" | "CONTRACTS" | "PROGRESS_REPORTS" | "CHANGE_ORDERS" | "ACCEPTANCE_FORM" | "PHOTOS";
        ArchiveDocumentView: {
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["ArchiveKind"];
            /** @enum {string} */
            source: "UPLOAD" | "REFERENCE" | "SYSTEM";
            title: string;
            /** @description uploads */
            filename: string | null;
            /** @description uploads */
            contentType: string | null;
            /** @description uploads */
            sizeBytes: number | null;
            /** @description uploads: the sha256 the file is stored under */
            sha256: string | null;
            /** @description references: an archive number, a location or a URL; the system's records: what they are */
            reference: string | null;
            /** @description the system's records: the record as it was filed */
            detail: {
                [key: string]: unknown;
            } | null;
            /** Format: uuid */
            filedBy: string;
            /** Format: date-time */
            filedAt: string;
        };
        ChecklistItemView: {
            kind: components["schemas"]["ArchiveKind"];
            label: components["schemas"]["BilingualView"];
            /** @description change orders only if the project had any */
            required: boolean;
            /** @description filed by the system at acceptance */
            bySystem: boolean;
            documents: components["schemas"]["ArchiveDocumentView"][];
        };
        ChecklistView: {
            complete: boolean;
            missing: components["schemas"]["ArchiveKind"][];
            /** @description every kind, in checklist order */
            items: components["schemas"]["ChecklistItemView"][];
        };
        ArchiveReferenceDto: {
            /** @enum {string} */
            kind: "SURVEY_LEDGER" | "CONSENT_RECORDS" | "PLAN_VERSIONS" | "REVIEW_OPINIONS" | "PERMITS" | "CONTRACTS" | "PROGRESS_REPORTS" | "CHANGE_ORDERS" | "ACCEPTANCE_FORM" | "PHOTOS";
            /** @example 施工合同（扫描件） */
            title: string;
            /**
             * @description where the document is kept: an archive number, a location or a URL
             * @example 区城建档案馆 2026-GZ-0153
             */
            reference: string;
        };
        WithdrawDto: {
            /** @example 误传：该文件为另一小区的合同 */
            reason: string;
        };
        CollectedView: {
            /** @description records newly filed */
            filed: number;
        };
        ArchiveProblemView: {
            /** Format: uuid */
            documentId: string;
            kind: components["schemas"]["ArchiveKind"];
            title: string;
            /** @enum {string} */
            problem: "MISSING" | "ALTERED";
        };
        ArchiveVerificationView: {
            /** @description stored files read again */
            checked: number;
            intact: boolean;
            problems: components["schemas"]["ArchiveProblemView"][];
            /** Format: date-time */
            checkedAt: string;
        };
        /** @enum {string} */
        PropertyMode: "PROFESSIONAL" | "SELF_MANAGED" | "TRUSTEESHIP";
        PropertyView: {
            mode: components["schemas"]["PropertyMode"];
            /** @description the company or trustee; null when self-managed */
            provider: string | null;
            /**
             * Format: date
             * @example 2026-05-20
             */
            contractStart: string;
            /**
             * Format: date
             * @example 2026-05-20
             */
            contractEnd: string | null;
            /**
             * Format: uuid
             * @description the owners' PROPERTY_COMPANY round that chose the company
             */
            consentRoundId: string | null;
            /** Format: date-time */
            recordedAt: string;
        };
        OwnersCommitteeView: {
            /**
             * Format: uuid
             * @description the governance body
             */
            id: string;
            name: string;
            /** @description how many members */
            members: number;
            /** Format: date-time */
            registeredAt: string;
        };
        FundRateView: {
            /** @example NO_ELEVATOR */
            buildingType: string;
            name: components["schemas"]["BilingualView"];
            /** @description fen per m² of floor area */
            rateFen: number;
            /**
             * @description where the rate in effect comes from (GET /districts/{id}/settings)
             * @enum {string}
             */
            origin: "DEFAULT" | "CITY" | "DISTRICT";
        };
        FundLineView: {
            /**
             * Format: uuid
             * @description the covered compound whose owners the building is
             */
            compoundId: string;
            building: string;
            /** @example NO_ELEVATOR */
            buildingType: string;
            /**
             * @description m², the roster's floor area of the building
             * @example 86.50
             */
            area: string;
            /** @description fen per m² */
            rateFen: number;
            /**
             * @description fen (1/100 yuan), exact, as a string
             * @example 73000000
             */
            expectedFen: string;
        };
        FundCollectionView: {
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description the covered compound whose owners paid
             */
            compoundId: string;
            /**
             * @description fen (1/100 yuan), exact, as a string
             * @example 73000000
             */
            amountFen: string;
            /**
             * Format: date
             * @example 2026-05-20
             */
            collectedOn: string;
            building: string | null;
            note: string;
            /** Format: date-time */
            recordedAt: string;
        };
        FundView: {
            /** @description the rates in effect for the project's district */
            rates: components["schemas"]["FundRateView"][];
            planned: boolean;
            /**
             * Format: uuid
             * @description the owners' MAINTENANCE_FUND_RAISING round that decided to raise it
             */
            consentRoundId: string | null;
            /**
             * @description fen (1/100 yuan), exact, as a string; null until planned
             * @example 73000000
             */
            expectedFen: string | null;
            /**
             * @description fen (1/100 yuan), exact, as a string
             * @example 73000000
             */
            collectedFen: string;
            /**
             * @description fen (1/100 yuan), exact, as a string; negative when more came in than expected
             * @example 73000000
             */
            outstandingFen: string | null;
            lines: components["schemas"]["FundLineView"][];
            collections: components["schemas"]["FundCollectionView"][];
        };
        RevisitFindingView: {
            description: string;
            severity: components["schemas"]["FindingSeverity"];
        };
        RevisitView: {
            /** @enum {integer} */
            months: 6 | 12;
            /** Format: date-time */
            dueAt: string;
            /** @enum {string} */
            state: "SCHEDULED" | "DUE" | "DONE";
            score: number | null;
            summary: string | null;
            findings: components["schemas"]["RevisitFindingView"][] | null;
            /** Format: date-time */
            doneAt: string | null;
        };
        LongTermView: {
            property: components["schemas"]["PropertyView"] | null;
            /** @description the latest body of kind OWNERS_COMMITTEE */
            ownersCommittee: components["schemas"]["OwnersCommitteeView"] | null;
            fund: components["schemas"]["FundView"];
            /** @description scheduled when the acceptance passes */
            revisits: components["schemas"]["RevisitView"][];
        };
        PropertyDto: {
            /** @enum {string} */
            mode: "PROFESSIONAL" | "SELF_MANAGED" | "TRUSTEESHIP";
            /**
             * @description the company or trustee; none when self-managed
             * @example 长沙某物业服务有限公司
             */
            provider?: string;
            /** @example 2026-07-01 */
            contractStart: string;
            /**
             * @description the last day of the contract; none when self-managed
             * @example 2029-06-30
             */
            contractEnd?: string;
        };
        FundBuildingDto: {
            /**
             * Format: uuid
             * @description the covered compound this is about: required when the project covers several and you may act in more than one
             */
            compoundId?: string;
            /**
             * @description a building of the compound's roster (the lead compound's unless compoundId names another)
             * @example 3
             */
            building: string;
            /**
             * @description a building type of the shipped rates
             * @example ELEVATOR
             */
            buildingType: string;
        };
        FundPlanDto: {
            /** @description buildings whose type differs from the compound's (with or without elevator) */
            buildings?: components["schemas"]["FundBuildingDto"][];
        };
        CollectionDto: {
            /**
             * Format: uuid
             * @description the covered compound this is about: required when the project covers several and you may act in more than one
             */
            compoundId?: string;
            /**
             * @description yuan collected
             * @example 125000.5
             */
            amount: number;
            /** @example 2026-08-15 */
            collectedOn: string;
            /** @example 3 */
            building?: string;
            note?: string;
        };
        RevisitFindingDto: {
            /** @example 3栋屋面防水局部渗漏 */
            description: string;
            /** @enum {string} */
            severity: "LOW" | "MEDIUM" | "HIGH" | "CRITICAL";
        };
        RevisitDto: {
            /** @example 92 */
            score: number;
            /** @example 设施运行正常，物业服务到位 */
            summary: string;
            /** @description what the revisit found; empty when nothing */
            findings: components["schemas"]["RevisitFindingDto"][];
        };
        MachineSummaryView: {
            /** @example project-lifecycle */
            name: string;
            title: components["schemas"]["BilingualView"];
        };
        MachineStateView: {
            /** @example SURVEY */
            name: string;
            label: components["schemas"]["BilingualView"];
            /** @description no event leaves it */
            terminal: boolean;
        };
        MachineTransitionView: {
            from: string;
            event: string;
            /** @description a state, or $previous: where the machine was before (ON_HOLD's RESUME) */
            to: string;
            /** @description roles that may fire it; SYSTEM for deadlines */
            roles: string[];
            guards: string[];
            label: components["schemas"]["BilingualView"];
        };
        MachineView: {
            /** @example project-lifecycle */
            name: string;
            title: components["schemas"]["BilingualView"];
            initial: string;
            states: components["schemas"]["MachineStateView"][];
            events: string[];
            transitions: components["schemas"]["MachineTransitionView"][];
            /** @description every guard the machine names */
            guards: string[];
        };
        PracticeView: {
            /** @example changsha-two-80 */
            id: string;
            place: components["schemas"]["BilingualView"];
            year: number;
            /** @description the seed document it comes from */
            source: string;
            /** @description lifecycle states it helps in */
            stages: string[];
            /** @description guard refusal codes it helps against */
            guards: string[];
            title: components["schemas"]["BilingualView"];
            problem: components["schemas"]["BilingualView"];
            practice: components["schemas"]["BilingualView"];
            tools: components["schemas"]["BilingualView"][];
            figures: components["schemas"]["BilingualView"][];
        };
        HealthChecksView: {
            /** @enum {string} */
            database: "up" | "down";
            /** @enum {string} */
            redis: "up" | "down";
        };
        HealthView: {
            /**
             * @description degraded: Redis is down, the API still serves
             * @enum {string}
             */
            status: "ok" | "degraded" | "down";
            checks: components["schemas"]["HealthChecksView"];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    AuthController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenDto"];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many attempts */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AuthController_changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenDto"];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description refused by a domain rule or guard */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description too many attempts */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AuthController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProfileView"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    NotificationsController_inbox: {
        parameters: {
            query?: {
                unread?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the latest 200 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationView"][];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    NotificationsController_read: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description read (again, if it was already) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AdminController_setWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookDto"];
            };
        };
        responses: {
            /** @description the URL set; the secret is not sent back */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookView"];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AdminController_deliveries: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the latest 200, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryView"][];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AdminController_districts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DistrictView"][];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AdminController_createDistrict: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDistrictDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DistrictView"];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description refused by a domain rule or guard */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AdminController_users: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserView"][];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AdminController_createUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserView"];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description refused by a domain rule or guard */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AdminController_setScope: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReplaceScopeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserView"];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description refused by a domain rule or guard */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AdminController_changeScope: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScopeChangeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserView"];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description refused by a domain rule or guard */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AdminController_setOrganisation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrganisationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserView"];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description refused by a domain rule or guard */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AdminController_resetPassword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetPasswordDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserView"];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description refused by a domain rule or guard */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AdminController_setActive: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetActiveDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserView"];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CitiesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CityView"][];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CitiesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCityDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CityView"];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CitiesController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCityDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CityView"];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SettingsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DistrictSettingsView"];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SettingsController_set: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetSettingDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DistrictSettingsView"];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description refused by a domain rule or guard */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    RuleProfileDefaultsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DistrictRuleProfilesView"];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    RuleProfileDefaultsController_set: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                subject: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetDistrictRuleProfileDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DistrictRuleProfilesView"];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description refused by a domain rule or guard */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CompoundsController_list: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                districtId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompoundViewPage"];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CompoundsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCompoundDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompoundView"];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description refused by a domain rule or guard */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CompoundsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompoundView"];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CompoundsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCompoundDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompoundView"];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description refused by a domain rule or guard */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CompoundsController_history: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompoundHistoryView"];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CompoundsController_setException: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EligibilityExceptionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompoundView"];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CompoundsController_clearException: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompoundView"];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ProjectsController_list: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                districtId?: string;
                compoundId?: string;
                state?: "SURVEY" | "ORGANIZING" | "CONSULTATION" | "APPLIED" | "PLANNED" | "DESIGN" | "JOINT_REVIEW" | "PERMITTING" | "CONSTRUCTION" | "ACCEPTANCE" | "ARCHIVING" | "LONG_TERM" | "CLOSED" | "ON_HOLD" | "CANCELLED";
                /** @description only projects admitted into this annual plan year */
                planYear?: number;
                /** @description part of the project's name or of a covered compound's (a project area's neighbours included) */
                q?: string;
                /** @description overdue: most overdue items first */
                sort?: "recent" | "overdue";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectListItemViewPage"];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ProjectsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateProjectDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectView"];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description refused by a domain rule or guard */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ProjectsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectView"];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ProjectsController_compounds: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CoveredCompoundView"][];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ProjectsController_addCompound: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddCompoundDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CoveredCompoundView"][];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description refused by a domain rule or guard */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ProjectsController_removeCompound: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                compoundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CoveredCompoundView"][];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ProjectsController_survey: {
        parameters: {
            query?: {
                /** @description the covered compound this is about: required when the project covers several and you may act in more than one */
                compoundId?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description null until a section is recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyView"] | null;
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ProjectsController_recordSurvey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SurveyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyView"];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description refused by a domain rule or guard */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ProjectsController_bodies: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BodyView"][];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ProjectsController_registerBody: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterBodyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BodyView"];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description refused by a domain rule or guard */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ProjectsController_options: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransitionOptionsView"];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ProjectsController_fire: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FireEventDto"];
            };
        };
        responses: {
            /** @description the project as it now stands, and the audit entry of the transition */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FiredTransitionView"];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description refused by a domain rule or guard */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ProjectsController_history: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEntryViewPage"];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    RosterController_list: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                /** @description true: also the households that moved out, merged or split, after those on the roster */
                includeDeparted?: "true" | "false";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HouseholdViewPage"];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    RosterController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HouseholdDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HouseholdView"];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description refused by a domain rule or guard */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    RosterController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    RosterController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateHouseholdDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HouseholdView"];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description refused by a domain rule or guard */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    RosterController_move: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HouseholdMoveDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HouseholdMoveView"];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description refused by a domain rule or guard */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    RosterController_confirmation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RosterConfirmationView"];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    RosterController_confirm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfirmRosterDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RosterConfirmationView"];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description refused by a domain rule or guard */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    RosterController_template: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the headers the roster import reads, one example row, and notes on each column */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    RosterController_import: {
        parameters: {
            query?: {
                /** @description true: check the file and answer with what would be written, write nothing */
                dryRun?: "true" | "false";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description CSV (UTF-8 or GBK) or XLSX; columns 楼栋, 单元, 房号, 建筑面积 and optionally 户主姓名, 联系电话, under any title rows; other columns are ignored
                     */
                    file: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RosterImportView"];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the upload is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description refused by a domain rule or guard */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    RoundsController_ruleProfiles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RuleProfileView"][];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    RoundsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundView"][];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    RoundsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRoundDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundView"];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description refused by a domain rule or guard */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    RoundsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundView"];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    RoundsController_fire: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MachineEventDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundView"];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description refused by a domain rule or guard */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    RoundsController_votes: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CurrentVoteViewPage"];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    RoundsController_vote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VoteDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordedVoteView"];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description refused by a domain rule or guard */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    RoundsController_template: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the headers the paper tally import reads, one example row, and notes on each column */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    RoundsController_roundTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the template for this round: a PLAN round's adds one column per optional item, headed by its name */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    RoundsController_importVotes: {
        parameters: {
            query?: {
                /** @description true: check the file and answer with what would be written, write nothing */
                dryRun?: "true" | "false";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description CSV (UTF-8 or GBK) or XLSX; columns 楼栋, 单元, 房号, 意见 (同意/不同意/弃权), 签字 (√/是/已签, ×/否/未签), optionally 方式, 表单编号, 照片哈希 and, in a PLAN round, the optional items chosen (a 选择项目 column of item codes or names, or one column per item headed by its code or name, marked √/是 or ×/否), under any title rows; other columns are ignored
                     */
                    file: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VoteImportView"];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the upload is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description refused by a domain rule or guard */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    RoundsController_tally: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TallyView"];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    RoundsController_tallyWorkbook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description two sheets: 计票结果 (the tally) and 公示 (the notice: the result per building, every household with its answer, owners masked, and the ledger head to check later) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    RoundsController_tallyPrintable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the tally and the notice laid out for A4 paper, Beijing times, in Chinese, owners masked */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    RoundsController_itemChoices: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemChoicesView"];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    RoundsController_pending: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PendingHouseholdViewPage"];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    RoundsController_pendingXlsx: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description building, unit, room, area, owner and phone of each household not yet answered */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    RoundsController_verify: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerIntactView"] | components["schemas"]["LedgerBrokenView"];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    RoundsController_objections: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObjectionView"][];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    RoundsController_object: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ObjectionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObjectionView"];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description refused by a domain rule or guard */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    RoundsController_respond: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ObjectionResponseDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObjectionView"];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PlanningController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanningView"];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PlanningController_planYear: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlanYearDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanningView"];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description refused by a domain rule or guard */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PlanningController_admission: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                item: "DEMOLISH_ILLEGAL_STRUCTURES" | "ACCEPT_PROPERTY_MANAGEMENT" | "REPLENISH_MAINTENANCE_FUND";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdmissionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanningView"];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PlanningController_entity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImplementingEntityDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanningView"];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PlanningController_funding: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FundingPlanDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanningView"];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description refused by a domain rule or guard */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PlansController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanVersionView"][];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PlansController_draft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlanDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanVersionView"];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description refused by a domain rule or guard */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PlansController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanVersionView"];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PlansController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlanDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanVersionView"];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description refused by a domain rule or guard */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReviewController_catalog: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CodedEntryView"][];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReviewController_districtReviewers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description department codes */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string[];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReviewController_setReviewers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewersDto"];
            };
        };
        responses: {
            /** @description the department codes now on the list */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string[];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description refused by a domain rule or guard */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReviewController_review: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description null before the plan was first submitted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewView"] | null;
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReviewController_opinion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpinionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewView"];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description not allowed to your role, or not your party to sign for
             *
             *     not allowed to your role, or not your party to sign for
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description refused by a domain rule or guard */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReviewController_acknowledge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                reviewer: string;
                index: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewView"];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReviewController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PermitsView"];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReviewController_permit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PermitDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PermitsView"];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReviewController_exemption: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExemptionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PermitsView"];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description refused by a domain rule or guard */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReviewController_team: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TeamDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PermitsView"];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description refused by a domain rule or guard */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SupervisionController_reports: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportView"][];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SupervisionController_reportList: {
        parameters: {
            query?: {
                /** @description SUBMITTED: the reports waiting for a supervisor */
                state?: "DUE" | "SUBMITTED" | "ACCEPTED" | "RETURNED" | "OVERDUE";
                districtId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description at most 500 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportListItemView"][];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SupervisionController_schedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScheduleDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportScheduleView"];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SupervisionController_progress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgressView"];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SupervisionController_submit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportView"];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description refused by a domain rule or guard */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SupervisionController_accept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportView"];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SupervisionController_return: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReturnDto"];
            };
        };
        responses: {
            /** @description the report, RETURNED; GET /findings lists the findings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportView"];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description refused by a domain rule or guard */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SupervisionController_ledger: {
        parameters: {
            query?: {
                districtId?: string;
                projectId?: string;
                severity?: "LOW" | "MEDIUM" | "HIGH" | "CRITICAL";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description at most 500 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerFindingView"][];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SupervisionController_finding: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FindingEventDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FindingView"];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description refused by a domain rule or guard */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ChangeOrdersController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangeOrderView"][];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ChangeOrdersController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeOrderDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangeOrderView"];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description refused by a domain rule or guard */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ChangeOrdersController_fire: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeEventDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangeOrderView"];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description not allowed to your role, or not your party to sign for
             *
             *     not allowed to your role, or not your party to sign for
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description refused by a domain rule or guard */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ChangeOrdersController_confirmation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description null until recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SiteConfirmationView"] | null;
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ChangeOrdersController_confirm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SiteConfirmationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SiteConfirmationView"];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description refused by a domain rule or guard */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ComplaintsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintView"][];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ComplaintsController_file: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ComplaintDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintView"];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ComplaintsController_fire: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ComplaintEventDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintView"];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description not allowed to your role, or not your party to sign for
             *
             *     not allowed to your role, or not your party to sign for
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description refused by a domain rule or guard */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AcceptanceController_parties: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CodedEntryView"][];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AcceptanceController_organisations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CodedEntryView"][];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AcceptanceController_districtParties: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description party codes */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string[];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AcceptanceController_setDistrictParties: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PartiesDto"];
            };
        };
        responses: {
            /** @description the party codes now on the list */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string[];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description refused by a domain rule or guard */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AcceptanceController_form: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description null before construction is completed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcceptanceFormView"] | null;
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AcceptanceController_sign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignatureDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignedView"];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description not allowed to your role, or not your party to sign for
             *
             *     not allowed to your role, or not your party to sign for
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description refused by a domain rule or guard */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AcceptanceController_xlsx: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the form as a workbook */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PortfolioController_get: {
        parameters: {
            query?: {
                /** @description the districts of your scope in this city */
                cityId?: string;
                /** @description one district of your scope */
                districtId?: string;
                /** @description only projects in this lifecycle state */
                state?: "SURVEY" | "ORGANIZING" | "CONSULTATION" | "APPLIED" | "PLANNED" | "DESIGN" | "JOINT_REVIEW" | "PERMITTING" | "CONSTRUCTION" | "ACCEPTANCE" | "ARCHIVING" | "LONG_TERM" | "CLOSED" | "ON_HOLD" | "CANCELLED";
                /** @description only projects admitted into this annual plan year */
                planYear?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioView"];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    BulletinsController_list: {
        parameters: {
            query?: {
                /** @description the city, by id */
                cityId?: string;
                /** @description the city, by code */
                cityCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulletinSummaryView"][];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    BulletinsController_build: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BuildBulletinDto"];
            };
        };
        responses: {
            /** @description built before: the stored bulletin, unchanged */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulletinView"];
                };
            };
            /** @description built now */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulletinView"];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    BulletinsController_xlsx: {
        parameters: {
            query?: {
                /** @description the city, by id */
                cityId?: string;
                /** @description the city, by code */
                cityCode?: string;
            };
            header?: never;
            path: {
                month: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the workbook: 全市 and 各区排名 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    BulletinsController_html: {
        parameters: {
            query?: {
                /** @description the city, by id */
                cityId?: string;
                /** @description the city, by code */
                cityCode?: string;
            };
            header?: never;
            path: {
                month: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the bulletin laid out for A4 paper (the ranking on a landscape page), Beijing times, in Chinese */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    BulletinsController_get: {
        parameters: {
            query?: {
                /** @description the city, by id */
                cityId?: string;
                /** @description the city, by code */
                cityCode?: string;
            };
            header?: never;
            path: {
                month: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulletinView"];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ArchiveController_checklist: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChecklistView"];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ArchiveController_upload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description PDF, OFD, JPEG, PNG, XLSX or DOCX by its content (the declared type and name are not trusted), no larger than ARCHIVE_MAX_BYTES
                     */
                    file: string;
                    /** @enum {string} */
                    kind: "SURVEY_LEDGER" | "CONSENT_RECORDS" | "PLAN_VERSIONS" | "REVIEW_OPINIONS" | "PERMITS" | "CONTRACTS" | "PROGRESS_REPORTS" | "CHANGE_ORDERS" | "ACCEPTANCE_FORM" | "PHOTOS";
                    /** @example 施工合同（扫描件） */
                    title: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArchiveDocumentView"];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the upload is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description the upload is not of an allowed type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ArchiveController_reference: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ArchiveReferenceDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArchiveDocumentView"];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ArchiveController_withdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                documentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawDto"];
            };
        };
        responses: {
            /** @description withdrawn */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ArchiveController_collect: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CollectedView"];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ArchiveController_verify: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArchiveVerificationView"];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ArchiveController_bundle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description index.csv, index.json, files/, records/ and the acceptance form */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/zip": string;
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    LongTermController_overview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LongTermView"];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    LongTermController_property: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PropertyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LongTermView"];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description refused by a domain rule or guard */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    LongTermController_fundPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FundPlanDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundView"];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description refused by a domain rule or guard */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    LongTermController_collect: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CollectionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundView"];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description refused by a domain rule or guard */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    LongTermController_revisit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                months: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RevisitDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevisitView"];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description conflicts with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MetaController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MachineSummaryView"][];
                };
            };
        };
    };
    MetaController_get: {
        parameters: {
            query?: {
                format?: "json" | "mermaid";
            };
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description JSON, or with format=mermaid the diagram as text */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MachineView"];
                    "text/vnd.mermaid": string;
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PracticesController_list: {
        parameters: {
            query?: {
                /** @description lifecycle stage */
                stage?: "SURVEY" | "ORGANIZING" | "CONSULTATION" | "APPLIED" | "PLANNED" | "DESIGN" | "JOINT_REVIEW" | "PERMITTING" | "CONSTRUCTION" | "ACCEPTANCE" | "ARCHIVING" | "LONG_TERM" | "CLOSED" | "ON_HOLD" | "CANCELLED";
                /** @description a guard refusal code */
                guard?: string;
                /** @description free text, Chinese or English */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PracticeView"][];
                };
            };
            /** @description malformed request, unknown field or invalid value */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PracticesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PracticeView"];
                };
            };
            /** @description not found, or outside your jurisdiction */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    HealthController_check: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthView"];
                };
            };
            /** @description the database is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthView"];
                };
            };
        };
    };
    MetricsController_text: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Prometheus text exposition format */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description not allowed to your role, or not your party to sign for */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
}
