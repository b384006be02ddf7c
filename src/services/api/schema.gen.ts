/* eslint-disable */
/**
 * GENERATED FILE - DO NOT EDIT.
 *
 * Generated from sandbox/contract/openapi.yaml by sandbox/contract/generate-types.ts
 * (`npm run gen:api`) with openapi-typescript. Change the contract, then regenerate;
 * sandbox/contract/contract.test.ts fails while this file is stale.
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
         * Exchange a login code for a session.
         * @description weapp sends the code of `wx.login`; H5 sends a random device id that it keeps in local
         *     storage, so that the same browser is the same borrower. The sandbox derives a stable openid
         *     as `'o' + sha256(channel + ':' + code)` (first 27 hex digits) and finds or creates the user.
         *     Tokens are 32 random bytes (base64url), valid 7 days; only their SHA-256 is stored.
         */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke the current session token. */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/sms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a 6-digit code to a mobile number (valid 5 minutes, 5 tries).
         * @description One send per mobile number every 60 seconds. The sandbox prints the code to its log with
         *     the number masked (`[sms] 138****5678 code 123456`) and, in demo and test mode, returns it
         *     as `demoCode`. Needs the privacy consent first (403 CONSENT_REQUIRED): the mobile number is
         *     personal information (PIPL).
         */
        post: operations["sendSmsCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/phone": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bind the borrower's mobile number.
         * @description Either `{ mobile, smsCode }` (H5) or `{ phoneCode }` (weapp, the code of a
         *     `getPhoneNumber` button). The sandbox maps any phoneCode to a demo mobile derived from the
         *     user's openid (`139` + 8 digits of sha256('phone:' + openid)), so the same WeChat user
         *     always gets the same number, as with the real exchange. Needs the privacy consent first
         *     (403 CONSENT_REQUIRED), in either form.
         */
        post: operations["bindPhone"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/markets/{marketId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The market a board code points at, its products and its banker.
         * @description `bankerId` names the banker printed on the code. When that banker does not serve this
         *     market (or is unknown) the market's default banker is returned instead: the borrower still
         *     reaches a person, which is friendlier than an error for a stale code.
         */
        get: operations["getMarket"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stations/{stationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A village service station (惠农通服务站) and its banker. */
        get: operations["getStation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/consents/documents/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The current full text of a consent document. */
        get: operations["getConsentDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every consent the borrower recorded, newest first.
         * @description The first record of each kind is the one in force.
         */
        get: operations["listConsents"];
        put?: never;
        /**
         * Record that the borrower granted (or declined / withdrew) a consent.
         * @description `version` must be the current version of the document (the one the borrower was shown);
         *     otherwise 409 `CONSENT_VERSION_STALE` with `details.currentVersion`. The record keeps the
         *     exact text version and time.
         */
        post: operations["recordConsent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Where the borrower stands in real-name verification.
         * @description `step` is derived from state, in this order: no current privacy consent → CONSENT (PIPL:
         *     consent comes before any personal information, the mobile number included); no mobile →
         *     PHONE; no verified ID → ID; no passed face check → FACE; else DONE.
         */
        get: operations["getIdentity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/ocr": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Read the name and ID number from a photo of the ID card (front).
         * @description PNG or JPEG, at most 4 MB, in the multipart field `image`. The sandbox "OCR" recognizes
         *     the seeded sample card images by the SHA-256 of their bytes; any other image is
         *     unreadable. Needs the privacy consent.
         */
        post: operations["recognizeIdCard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/id": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify name and ID number against the public security registry.
         * @description Checked in order: privacy consent (403 CONSENT_REQUIRED); not yet fully verified (409
         *     IDENTITY_LOCKED); fewer than 5 failed registry checks today (429 ID_CHECK_LOCKED); format and
         *     GB 11643 check digit (422 ID_INVALID); 18 or older on the sandbox's today (422 UNDERAGE);
         *     known to the registry (422 PERSON_NOT_FOUND); name matches (422 NAME_MISMATCH); not bound
         *     to another borrower (409 ID_IN_USE). PERSON_NOT_FOUND, NAME_MISMATCH and ID_IN_USE count as
         *     failed checks. Name and ID number are stored encrypted.
         */
        post: operations["submitIdCard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/face/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Open a face liveness check for the verified ID; valid 10 minutes.
         * @description Needs the separate FACE consent (403 FACE_CONSENT_REQUIRED; a borrower who declines
         *     verifies at a branch instead) and a verified ID (409 ID_REQUIRED).
         */
        post: operations["startFaceVerification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity/face/{verifyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The server-side result of a face check.
         * @description The bank asks the provider for the result; on PASSED the borrower's face is marked verified
         *     (idempotent). A PENDING check past its expiry reads as EXPIRED. Only the borrower who
         *     started the check can read it (404 otherwise).
         */
        get: operations["getFaceVerification"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/face-provider/{verifyId}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * (Face provider stand-in) report the liveness outcome of a check.
         * @description Called by the sandbox liveness page, never by the borrower's own flow logic. Only for a
         *     PENDING, unexpired check of the caller (404 otherwise; 409 FACE_VERIFY_EXPIRED or
         *     FACE_VERIFY_COMPLETED).
         */
        post: operations["completeFaceVerification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The borrower's bound debit cards (收款/还款卡), oldest first; never the full number. */
        get: operations["listCards"];
        put?: never;
        /**
         * Bind a debit card in the borrower's own name.
         * @description Checked in order: fully verified identity (403 IDENTITY_REQUIRED); 16–19 digits and the
         *     Luhn check, spaces ignored (422 CARD_INVALID with validateBankCard's message); known to the
         *     bank's card registry (404 CARD_NOT_FOUND); held by the borrower, by ID number (403
         *     CARD_HOLDER_MISMATCH); not bound already (409 CARD_ALREADY_BOUND).
         */
        post: operations["bindCard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cards/{cardId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Unbind a card (409 CARD_IN_USE while an outstanding loan repays from it). */
        delete: operations["unbindCard"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/draws/sms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a 6-digit code to the bound mobile to confirm a draw (valid 5 minutes, 5 tries).
         * @description Needs a fully verified identity (403 IDENTITY_REQUIRED); one send a minute (429
         *     SMS_TOO_FREQUENT). Printed to the sandbox log with the number masked; `demoCode` in demo
         *     and test mode.
         */
        post: operations["sendDrawCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/draws/quote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The trial calculation of a draw (试算) - schedule, total interest, annualized rate, contract.
         * @description Pure: nothing is stored. The schedule is src/domain `buildSchedule` from the sandbox's
         *     today; `apr` is `loanAnnualizedRate` (IRR for instalments, SIMPLE for DAILY). Rules, in
         *     order: the caller's line (404 LINE_NOT_FOUND), active and not expired (409
         *     LINE_NOT_ACTIVE); method allowed by the line (CREDIT: DAILY, INTEREST_ONLY; PROPERTY: also
         *     EQUAL_INSTALLMENT, EQUAL_PRINCIPAL; else 422 METHOD_NOT_ALLOWED, `details.allowed`); term
         *     1–12 months (CREDIT) or 1–36 (PROPERTY) (422 TERM_NOT_ALLOWED); amount at least 1,000
         *     yuan, a multiple of 100 yuan, at most the available amount (422 DRAW_AMOUNT_INVALID naming
         *     the rule).
         */
        post: operations["quoteDraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/draws": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Draw money to a bound card (用款), exactly once.
         * @description `Idempotency-Key` is REQUIRED here (400 IDEMPOTENCY_KEY_REQUIRED): a retry with the same
         *     key returns the original response (status and body, header `Idempotent-Replayed: true`),
         *     even after the line changed; the same key with another body is 409
         *     IDEMPOTENCY_KEY_REUSED. In one transaction, with the stored response: the rules of
         *     quoteDraw; the caller's bound card (404 CARD_NOT_FOUND); the current LOAN_CONTRACT version
         *     (409 CONSENT_VERSION_STALE, `details.currentVersion`); the SMS code of sendDrawCode (422
         *     SMS_CODE_INVALID / SMS_CODE_EXPIRED); then the contract consent is recorded, the loan (借据)
         *     created with its schedule, the line's used amount increased, the card credited. The
         *     sandbox confirms every amount by SMS (a real bank would ask for a face check above 200,000
         *     yuan).
         */
        post: operations["createDraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/loans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The borrower's loans (借据), newest first, as of the sandbox's today. */
        get: operations["listLoans"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/loans/{loanId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One loan with its schedule and its records (404 LOAN_NOT_FOUND, also for others' loans). */
        get: operations["getLoan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/repayments/quote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * What a repayment would pay today, split in the statutory order.
         * @description Everything due on or before today is paid first (overdue instalments with their penalty
         *     interest, 1.5 × the rate on overdue principal, and the instalment due today). Then
         *     INSTALMENT: nothing more if something was due, else the next instalment as scheduled
         *     (DAILY loans: the payoff); PARTIAL: `amountFen` (required) repays early, interest to date
         *     then principal, and the remaining schedule is recomputed keeping the term (422
         *     REPAYMENT_AMOUNT_INVALID below what is due, below the interest to date, or above the
         *     payoff); FULL: the payoff, interest by the day to today, no early-repayment penalty. 409
         *     LOAN_SETTLED once settled.
         */
        post: operations["quoteRepayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/repayments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Repay from a bound card, exactly once.
         * @description `Idempotency-Key` is REQUIRED (400 IDEMPOTENCY_KEY_REQUIRED), replayed as for createDraw.
         *     In one transaction, with the stored response: the split of quoteRepayment; the caller's
         *     bound card (404 CARD_NOT_FOUND) with enough balance (422 INSUFFICIENT_BALANCE); the card
         *     is debited, the loan's principal reduced, the line restored by the principal repaid.
         */
        post: operations["createRepayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Overdue instalments and the next one of every outstanding loan, soonest first.
         * @description OVERDUE after the due date (amount includes penalty interest to today); DUE when the next
         *     instalment falls within 7 days; UPCOMING otherwise.
         */
        get: operations["listDues"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tax/businesses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The businesses the business registry links to the verified borrower.
         * @description Businesses the borrower runs (个体工商户 operator) or represents (company legal
         *     representative), active ones first. Needs a verified identity (403 IDENTITY_REQUIRED).
         */
        get: operations["listTaxBusinesses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tax/authorizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Authorize the bank to fetch a business's tax data (纳税授权), and fetch it.
         * @description `consentVersion` is the version of the TAX_AUTH letter the borrower read and accepted; the
         *     grant is recorded in the consents (version and time) together with the fetched data.
         *     Checked in order: verified identity (403 IDENTITY_REQUIRED); the code's format and GB 32100
         *     check character (422 USCC_INVALID, the domain's message); the current letter version (409
         *     CONSENT_VERSION_STALE with details.currentVersion); known to the registry (404
         *     BUSINESS_NOT_FOUND); linked to the borrower (403 BUSINESS_NOT_LINKED); not deregistered (422
         *     BUSINESS_DEREGISTERED); the tax bureau's service is up (503 TAX_SERVICE_UNAVAILABLE, retry
         *     later). `monthsInBusiness` counts whole months from the registration date to the sandbox's
         *     today. The latest authorization is the borrower's tax profile.
         */
        post: operations["authorizeTax"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tax/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The tax data of the borrower's latest authorization.
         * @description 403 IDENTITY_REQUIRED before verification; 404 TAX_PROFILE_NOT_FOUND before any authorization.
         */
        get: operations["getTaxProfile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/property/communities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The residential communities the valuation model covers, with buildings and units.
         * @description For choosing an address instead of typing a certificate number. Needs a verified identity.
         */
        get: operations["listCommunities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/property/valuations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Value a property automatically (房产评估) and see the extra line it supports.
         * @description By certificate number (不动产权证号; full-width parentheses and spaces are tolerated) or by
         *     address and area. The model: the community's unit price × the area (the registry's area by
         *     certificate; the stated area by address), a range of ±8%; `supportedExtraFen` = 70% of the
         *     value less the existing mortgage, rounded down to 1,000 yuan. Checked in order: verified
         *     identity (403 IDENTITY_REQUIRED); in the property registry (404 PROPERTY_NOT_FOUND); owned by
         *     the borrower or their spouse (403 PROPERTY_NOT_OWNED); not pledged to another institution
         *     (409 PROPERTY_PLEDGED); supports some extra line (422 PROPERTY_VALUE_TOO_LOW). A spouse's
         *     property needs the spouse's authorization (`spouseAuthorizationRequired`).
         */
        post: operations["createPropertyValuation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every loan product of the bank, for choosing what to apply for. */
        get: operations["listProducts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The borrower's applications, newest first. */
        get: operations["listApplications"];
        put?: never;
        /**
         * Apply for a credit line; the decision follows within seconds.
         * @description The `Idempotency-Key` header is required: a retried submit returns the same application.
         *     Checked in order: verified identity (403 IDENTITY_REQUIRED); a tax authorization (409
         *     TAX_AUTH_REQUIRED); the product (404 PRODUCT_NOT_FOUND); 10,000 yuan ≤ amount ≤ the product's
         *     maximum, in whole hundreds of yuan (422 AMOUNT_OUT_OF_RANGE, details.minFen/maxFen/stepFen);
         *     a PROPERTY product needs `valuationId`, a valuation of this borrower (422 VALUATION_REQUIRED;
         *     a CREDIT product ignores it); both letters, CREDIT_REPORT and DATA_USE (403
         *     CONSENT_REQUIRED), in their current versions (409 CONSENT_VERSION_STALE with details.kind
         *     and details.currentVersion); the market when named (404 MARKET_NOT_FOUND); no other
         *     application PENDING (409 APPLICATION_PENDING with details.applicationId). Both consents are
         *     recorded (version and time) and kept on the application.
         *
         *     The decision is made at submit by the bank's rules and revealed 2 seconds later: until
         *     `decideAt` the application reads PENDING; poll `getApplication`. An approval opens a credit
         *     line (`creditLineId`); the line is what the borrower's data supports, which may differ from
         *     the amount asked.
         */
        post: operations["submitApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{applicationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One application and, once decided, its decision.
         * @description Only the borrower who submitted it can read it (404 APPLICATION_NOT_FOUND otherwise).
         */
        get: operations["getApplication"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/credit-lines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The borrower's credit lines (授信额度), newest first.
         * @description A line is ACTIVE from `validFrom` to `validUntil` inclusive (the sandbox's today), EXPIRED
         *     after, with nothing available. `availableFen` = `totalFen` − `usedFen` while ACTIVE.
         */
        get: operations["listCreditLines"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stations/{stationId}/slots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The station's visit slots (到站办理预约) of the next 5 days.
         * @description The 5 days after the sandbox's today (tomorrow to today + 5), hourly slots from 09:00–10:00
         *     to 16:00–17:00 that fall within the station's opening hours and days (`Station.hours`).
         *     A slot holds 3 visits; `available` is false once 3 are booked. Slot ids are stable
         *     (`<stationId>-<YYYYMMDD>-<HHMM>`).
         */
        get: operations["listStationSlots"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stations/{stationId}/visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Book a visit at the station in one of its slots; the station's banker calls back.
         * @description Any signed-in user may book (no verification needed). Checked in order: the station (404
         *     STATION_NOT_FOUND); the slot, one of `listStationSlots` of this station (404
         *     SLOT_NOT_FOUND); the caller has not booked this slot already (409 VISIT_ALREADY_BOOKED
         *     with details.visitId); a place left (409 SLOT_FULL).
         */
        post: operations["bookVisit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's visits (booked and cancelled), in time order of the visit. */
        get: operations["listVisits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/visits/{visitId}": {
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
         * Cancel a visit (its place is freed).
         * @description Only the caller's own visits (404 VISIT_NOT_FOUND otherwise). Cancelling a cancelled visit
         *     changes nothing (204). A visit whose day has passed cannot be cancelled (409
         *     VISIT_NOT_CANCELLABLE).
         */
        delete: operations["cancelVisit"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/village/pre-credit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's whole-village pre-credit (整村授信), if their household is on a station's roster.
         * @description Matched by the verified identity's ID number against the stations' rosters. Not fully
         *     verified (mobile, ID and face) → `NOT_VERIFIED` (nothing else); verified but on no roster →
         *     `NOT_ON_ROSTER`; on a roster → `AVAILABLE` with the station, the pre-approved amount, rate
         *     and validity, and the agreement to accept (整村授信借款额度协议, kind VILLAGE_AGREEMENT);
         *     once activated → `ACTIVATED` with `creditLineId` and `activatedAt`.
         */
        get: operations["getPreCredit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/village/pre-credit/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept the agreement and activate the pre-approved line (an ACTIVE CREDIT line).
         * @description Checked in order: fully verified identity, face included (403 IDENTITY_REQUIRED); on a
         *     roster (403 NOT_ON_ROSTER); not activated yet (409 PRE_CREDIT_ALREADY_ACTIVATED with
         *     details.creditLineId); `agreementVersion` is the current VILLAGE_AGREEMENT version (409
         *     CONSENT_VERSION_STALE with details.currentVersion). The consent (version and time) is
         *     recorded, and the line opens at once for the pre-approved amount and rate, valid from today
         *     for the household's `validMonths`; draws and repayments work as on any line.
         */
        post: operations["activatePreCredit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tickets/{ticket}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A remote authorization request (征信查询授权邀请) a banker sent, with the letter to sign.
         * @description Any signed-in user holding the code may read an OPEN ticket: who asks (banker, branch), for
         *     whose application (the applicant's name masked), the role asked for, the agreed purpose,
         *     and the full CREDIT_REPORT letter. Unknown or altered tickets are 404 TICKET_NOT_FOUND.
         *     Once signed, the signer reads it with status USED and `signedAt`; anyone else gets 409
         *     TICKET_USED. Past `expiresAt` (24 hours) an unsigned ticket is 410 TICKET_EXPIRED (with
         *     details.expiresAt); `EXPIRED` is listed in the status for completeness.
         */
        get: operations["getTicket"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tickets/{ticket}/sign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Authorize the credit-report query the ticket asks for (single use).
         * @description Checked in order: the ticket (404 TICKET_NOT_FOUND); not signed yet (409 TICKET_USED); not
         *     expired (410 TICKET_EXPIRED); the caller fully verified, face included (403
         *     IDENTITY_REQUIRED); the caller is the person the ticket names, by name and ID number (403
         *     TICKET_NOT_YOURS); `documentVersion` is the current CREDIT_REPORT version (409
         *     CONSENT_VERSION_STALE with details.currentVersion). The signer's consent (kind
         *     CREDIT_REPORT, version and time) is recorded, and the applicant's application lists the
         *     authorization.
         */
        post: operations["signTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/test/tax-service": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * (Test mode) make the tax bureau's data service available or unavailable.
         * @description While unavailable, `authorizeTax` answers 503 TAX_SERVICE_UNAVAILABLE. A reset makes it available again.
         */
        post: operations["setTaxService"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/test/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** (Test mode) wipe every table and reseed. All sessions end. */
        post: operations["resetSandbox"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/test/clock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * (Test mode) set the sandbox's today (null = the real date in Asia/Shanghai).
         * @description Used by the age check and every date-based rule. Token and code expiries use real time.
         */
        post: operations["setClock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/test/faults": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * (Test mode) inject a fault into createDraw / createRepayment ('*' = both) for the next `times` calls.
         * @description DELAY waits `delayMs` (default 1000) before handling; ERROR_500 answers 500 before doing
         *     anything; COMMIT_THEN_DROP commits the transaction and the idempotency record, then
         *     destroys the connection without a response.
         */
        post: operations["injectFault"];
        /** (Test mode) clear every armed fault. */
        delete: operations["clearFaults"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/test/ledger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * (Test mode) check the ledger's invariants across all borrowers.
         * @description Each line's used amount = the outstanding principal of its loans; card credits − card
         *     debits = draws − repayments; every record's parts add up; every card balance = opening +
         *     movements.
         */
        get: operations["checkLedger"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/test/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * (Test mode) what the banker's system does - create a remote authorization ticket.
         * @description Asks the person named (`name`, `idNumber`) to authorize a credit-report query as the
         *     applicant's SPOUSE or GUARANTOR. With `applicationId` (any borrower's application; 404
         *     APPLICATION_NOT_FOUND otherwise) the applicant, banker and application come from it; without
         *     it, a demo ticket for 王建国 (P02) followed by 林晓燕 (BK03, 城东支行). `purpose` defaults to
         *     a fixed text for the role. The ticket is 16 characters of [A-Za-z0-9], valid 24 hours;
         *     `scene` is the mini-program code scene (`a=<ticket>&c=<check>`, src/domain encodeEntryScene).
         */
        post: operations["createTicket"];
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
        /**
         * @description Every error code the API can return.
         * @enum {string}
         */
        ErrorCode: "VALIDATION_FAILED" | "UNAUTHORIZED" | "NOT_FOUND" | "METHOD_NOT_ALLOWED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "IDEMPOTENCY_KEY_REUSED" | "INTERNAL_ERROR" | "CONTRACT_VIOLATION" | "MOBILE_INVALID" | "SMS_TOO_FREQUENT" | "SMS_CODE_INVALID" | "SMS_CODE_EXPIRED" | "MARKET_NOT_FOUND" | "STATION_NOT_FOUND" | "CONSENT_VERSION_STALE" | "CONSENT_REQUIRED" | "FACE_CONSENT_REQUIRED" | "ID_INVALID" | "UNDERAGE" | "PERSON_NOT_FOUND" | "NAME_MISMATCH" | "ID_IN_USE" | "ID_CHECK_LOCKED" | "IDENTITY_LOCKED" | "OCR_UNREADABLE" | "IMAGE_TYPE_UNSUPPORTED" | "ID_REQUIRED" | "FACE_VERIFY_NOT_FOUND" | "FACE_VERIFY_EXPIRED" | "FACE_VERIFY_COMPLETED" | "USCC_INVALID" | "BUSINESS_NOT_FOUND" | "BUSINESS_NOT_LINKED" | "BUSINESS_DEREGISTERED" | "TAX_SERVICE_UNAVAILABLE" | "TAX_PROFILE_NOT_FOUND" | "PROPERTY_NOT_FOUND" | "PROPERTY_NOT_OWNED" | "PROPERTY_PLEDGED" | "PROPERTY_VALUE_TOO_LOW" | "TAX_AUTH_REQUIRED" | "PRODUCT_NOT_FOUND" | "AMOUNT_OUT_OF_RANGE" | "VALUATION_REQUIRED" | "APPLICATION_PENDING" | "APPLICATION_NOT_FOUND" | "IDEMPOTENCY_KEY_REQUIRED" | "IDENTITY_REQUIRED" | "CARD_INVALID" | "CARD_NOT_FOUND" | "CARD_HOLDER_MISMATCH" | "CARD_ALREADY_BOUND" | "CARD_IN_USE" | "LINE_NOT_FOUND" | "LINE_NOT_ACTIVE" | "DRAW_AMOUNT_INVALID" | "TERM_NOT_ALLOWED" | "LOAN_NOT_FOUND" | "LOAN_SETTLED" | "REPAYMENT_AMOUNT_INVALID" | "INSUFFICIENT_BALANCE" | "SLOT_NOT_FOUND" | "SLOT_FULL" | "VISIT_ALREADY_BOOKED" | "VISIT_NOT_FOUND" | "VISIT_NOT_CANCELLABLE" | "NOT_ON_ROSTER" | "PRE_CREDIT_ALREADY_ACTIVATED" | "TICKET_NOT_FOUND" | "TICKET_EXPIRED" | "TICKET_USED" | "TICKET_NOT_YOURS";
        Error: {
            code: components["schemas"]["ErrorCode"];
            /** @description Simplified Chinese, shown to the borrower as is. */
            message: string;
            /** @description Machine-readable extras (e.g. retryAfterSeconds, remainingAttempts, currentVersion). */
            details?: {
                [key: string]: unknown;
            };
        };
        /** @example MK01 */
        EntityId: string;
        VerifyId: string;
        /**
         * Format: date
         * @example 2026-03-01
         */
        Date: string;
        /**
         * Format: date-time
         * @example 2026-03-01T08:30:00.000Z
         */
        Instant: string;
        /** @enum {string} */
        Channel: "weapp" | "h5";
        LoginRequest: {
            channel: components["schemas"]["Channel"];
            code: string;
        };
        LoginResponse: {
            token: string;
            expiresAt: components["schemas"]["Instant"];
            /** Format: uuid */
            userId: string;
        };
        SmsRequest: {
            /** @description Checked by the domain's validateMobile (422 MOBILE_INVALID with its message). */
            mobile: string;
        };
        SmsSent: {
            sentAt: components["schemas"]["Instant"];
            resendAfterSeconds: number;
            expiresInSeconds: number;
            /** @description Only in demo and test mode. */
            demoCode?: string;
        };
        PhoneBySms: {
            mobile: string;
            smsCode: string;
        };
        PhoneByWeapp: {
            /** @description The code of a getPhoneNumber button. */
            phoneCode: string;
        };
        PhoneRequest: components["schemas"]["PhoneBySms"] | components["schemas"]["PhoneByWeapp"];
        /** @enum {string} */
        IdentityStep: "PHONE" | "CONSENT" | "ID" | "FACE" | "DONE";
        IdentityStatus: {
            step: components["schemas"]["IdentityStep"];
            /** @example 138****5678 */
            mobileMasked?: string;
            /** @description The current version of the PRIVACY document is granted. */
            privacyConsented: boolean;
            /** @description The current version of the FACE document is granted. */
            faceConsented: boolean;
            /** @example *丽华 */
            nameMasked?: string;
            /** @example 3201**********012X */
            idNumberMasked?: string;
            faceVerified: boolean;
            /** @description Mobile bound, ID verified and face passed. */
            verified: boolean;
            verifiedAt?: components["schemas"]["Instant"];
        };
        /**
         * @description CREDIT is unsecured (信用); PROPERTY adds a property (房产增信).
         * @enum {string}
         */
        ProductKind: "CREDIT" | "PROPERTY";
        Product: {
            id: components["schemas"]["EntityId"];
            /** @example 商e贷 */
            name: string;
            kind: components["schemas"]["ProductKind"];
            /** @description The highest line, in fen. */
            maxAmountFen: number;
            /** @description The lowest annualized rate (simple interest), in basis points. */
            minRateBps: number;
            maxTermMonths: number;
            summary: string;
        };
        Banker: {
            id: components["schemas"]["EntityId"];
            name: string;
            title: string;
            branch: string;
            /** @description The banker's work mobile, shown in full (a work number, not personal data). */
            phone: string;
            /** @description Absolute URL of the photo on this server (`/assets/bankers/...`). */
            photoUrl: string;
        };
        Market: {
            id: components["schemas"]["EntityId"];
            name: string;
            /** @description The service grid (网格) the market belongs to. */
            grid: string;
            district: string;
            address: string;
            products: components["schemas"]["Product"][];
            banker: components["schemas"]["Banker"];
        };
        Station: {
            id: components["schemas"]["EntityId"];
            name: string;
            village: string;
            address: string;
            hours: string;
            banker: components["schemas"]["Banker"];
        };
        /**
         * @description PRIVACY is 个人信息处理规则 (required); FACE is the separate face-data consent;
         *     LOAN_CONTRACT is the loan contract (借款合同), recorded by createDraw with each draw.
         *     TAX_AUTH (纳税信息查询授权书) is accepted with authorizeTax; CREDIT_REPORT (个人征信查询授权书)
         *     and DATA_USE (数据使用授权书) with submitApplication (CREDIT_REPORT also with signTicket, by
         *     the spouse or guarantor); VILLAGE_AGREEMENT (整村授信借款额度协议) with activatePreCredit.
         * @enum {string}
         */
        ConsentKind: "PRIVACY" | "FACE" | "LOAN_CONTRACT" | "TAX_AUTH" | "CREDIT_REPORT" | "DATA_USE" | "VILLAGE_AGREEMENT";
        ConsentDocument: {
            kind: components["schemas"]["ConsentKind"];
            version: string;
            title: string;
            /** @description The full text, Markdown (headings, paragraphs, lists). */
            body: string;
            /** @description Whether the service needs it; declining a non-required one never blocks the journey. */
            required: boolean;
            effectiveDate: components["schemas"]["Date"];
        };
        ConsentRequest: {
            kind: components["schemas"]["ConsentKind"];
            version: string;
            granted: boolean;
        };
        ConsentRecord: {
            id: number;
            kind: components["schemas"]["ConsentKind"];
            version: string;
            granted: boolean;
            recordedAt: components["schemas"]["Instant"];
        };
        OcrRequest: {
            /** Format: binary */
            image: string;
        };
        OcrResult: {
            name: string;
            idNumber: string;
        };
        IdSubmission: {
            name: string;
            /** @description Checked by the domain's validateIdNumber (422 ID_INVALID with its message). */
            idNumber: string;
        };
        FaceVerification: {
            verifyId: components["schemas"]["VerifyId"];
            expiresAt: components["schemas"]["Instant"];
        };
        /** @enum {string} */
        FaceStatus: "PENDING" | "PASSED" | "FAILED" | "EXPIRED";
        FaceVerificationResult: {
            verifyId: components["schemas"]["VerifyId"];
            status: components["schemas"]["FaceStatus"];
        };
        FaceOutcomeRequest: {
            /** @enum {string} */
            outcome: "PASS" | "FAIL";
        };
        /** @description At least one of the two. */
        ClockRequest: {
            /**
             * Format: date
             * @description Pins the business date (null = the real date); omitted = unchanged.
             */
            today?: string | null;
            /**
             * @description Moves the sandbox's instant forward (cumulative, until a reset): every real-time expiry
             *     (authorization tickets, SMS codes, face checks, sessions) sees the later time, and so does
             *     today unless pinned.
             */
            advanceSeconds?: number;
        };
        ClockState: {
            today: components["schemas"]["Date"];
            overridden: boolean;
        };
        /**
         * @description 等额本息, 等额本金, 按月付息到期还本, 随借随还 (interest by the day).
         * @enum {string}
         */
        RepaymentMethod: "EQUAL_INSTALLMENT" | "EQUAL_PRINCIPAL" | "INTEREST_ONLY" | "DAILY";
        /** @description An amount in fen. */
        Fen: number;
        Installment: {
            period: number;
            dueDate: components["schemas"]["Date"];
            principalFen: components["schemas"]["Fen"];
            interestFen: components["schemas"]["Fen"];
            totalFen: components["schemas"]["Fen"];
            /** @description Principal left after this instalment. */
            remainingFen: number;
        };
        BoundCard: {
            /** Format: uuid */
            id: string;
            /** @example 江苏银行 */
            bankName: string;
            last4: string;
            /** @description Only the last four digits shown. */
            maskedNumber: string;
            boundAt: components["schemas"]["Instant"];
        };
        CardList: {
            cards: components["schemas"]["BoundCard"][];
        };
        BindCardRequest: {
            /** @description Checked by the domain's validateBankCard (spaces ignored). */
            cardNumber: string;
        };
        DrawQuoteRequest: {
            lineId: string;
            amountFen: number;
            termMonths: number;
            method: components["schemas"]["RepaymentMethod"];
        };
        AnnualizedRate: {
            bps: number;
            /**
             * @description IRR for instalment loans; SIMPLE (单利, say so on screen) for DAILY.
             * @enum {string}
             */
            basis: "IRR" | "SIMPLE";
        };
        ContractText: {
            version: string;
            title: string;
            /** @description The full text, Markdown. */
            body: string;
        };
        DrawQuote: {
            lineId: string;
            amountFen: components["schemas"]["Fen"];
            termMonths: number;
            method: components["schemas"]["RepaymentMethod"];
            startDate: components["schemas"]["Date"];
            schedule: components["schemas"]["Installment"][];
            totalInterestFen: components["schemas"]["Fen"];
            /** @description The contract rate (simple interest, rate / 360 per day). */
            annualRateBps: number;
            apr: components["schemas"]["AnnualizedRate"];
            firstDueDate: components["schemas"]["Date"];
            contract: components["schemas"]["ContractText"];
        };
        DrawRequest: {
            lineId: string;
            amountFen: number;
            termMonths: number;
            method: components["schemas"]["RepaymentMethod"];
            cardId: string;
            contractVersion: string;
            smsCode: string;
        };
        Draw: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            loanId: string;
            /**
             * @description Money arrives in real time; a draw either succeeds or fails with an Error.
             * @enum {string}
             */
            status: "SUCCEEDED";
            amountFen: components["schemas"]["Fen"];
            cardLast4: string;
            createdAt: components["schemas"]["Instant"];
        };
        /** @enum {string} */
        LoanStatus: "ACTIVE" | "OVERDUE" | "SETTLED";
        LoanSummary: {
            /** Format: uuid */
            id: string;
            lineId: string;
            principalFen: components["schemas"]["Fen"];
            outstandingPrincipalFen: components["schemas"]["Fen"];
            method: components["schemas"]["RepaymentMethod"];
            termMonths: number;
            annualRateBps: number;
            startDate: components["schemas"]["Date"];
            maturityDate: components["schemas"]["Date"];
            status: components["schemas"]["LoanStatus"];
            settledAt?: components["schemas"]["Instant"];
            /** @description Interest accrued to today that a full payoff would charge besides overdue interest (by the day, rate / 360). */
            interestToDateFen: components["schemas"]["Fen"];
            /** @description The next instalment not yet overdue. */
            nextDue?: {
                dueDate: components["schemas"]["Date"];
                amountFen: components["schemas"]["Fen"];
            };
            /** @description Present when an instalment is past its due date (overdueSummary). */
            overdue?: {
                days: number;
                principalFen: components["schemas"]["Fen"];
                interestFen: components["schemas"]["Fen"];
                /** @description Penalty interest to today, 1.5 × the rate on overdue principal. */
                penaltyFen: components["schemas"]["Fen"];
            };
        };
        LoanList: {
            loans: components["schemas"]["LoanSummary"][];
        };
        /**
         * @description OVERDUE after the due date; DUE for the next instalment within 7 days; UPCOMING otherwise.
         * @enum {string}
         */
        InstalmentStatus: "PAID" | "DUE" | "OVERDUE" | "UPCOMING";
        LoanInstalment: {
            period: number;
            dueDate: components["schemas"]["Date"];
            principalFen: components["schemas"]["Fen"];
            interestFen: components["schemas"]["Fen"];
            totalFen: components["schemas"]["Fen"];
            remainingFen: components["schemas"]["Fen"];
            status: components["schemas"]["InstalmentStatus"];
            paidFen: components["schemas"]["Fen"];
        };
        LoanRecord: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "DRAW" | "REPAYMENT";
            at: components["schemas"]["Instant"];
            businessDate: components["schemas"]["Date"];
            amountFen: components["schemas"]["Fen"];
            principalFen: components["schemas"]["Fen"];
            /** @description Interest of every kind paid (overdue interest included). */
            interestFen: components["schemas"]["Fen"];
            penaltyFen: components["schemas"]["Fen"];
            cardLast4: string;
        };
        LoanDetail: {
            /** Format: uuid */
            id: string;
            lineId: string;
            principalFen: components["schemas"]["Fen"];
            outstandingPrincipalFen: components["schemas"]["Fen"];
            method: components["schemas"]["RepaymentMethod"];
            termMonths: number;
            annualRateBps: number;
            startDate: components["schemas"]["Date"];
            maturityDate: components["schemas"]["Date"];
            status: components["schemas"]["LoanStatus"];
            settledAt?: components["schemas"]["Instant"];
            /** @description Interest accrued to today that a full payoff would charge besides overdue interest (by the day, rate / 360). */
            interestToDateFen: components["schemas"]["Fen"];
            /** @description The next instalment not yet overdue. */
            nextDue?: {
                dueDate: components["schemas"]["Date"];
                amountFen: components["schemas"]["Fen"];
            };
            /** @description Present when an instalment is past its due date (overdueSummary). */
            overdue?: {
                days: number;
                principalFen: components["schemas"]["Fen"];
                interestFen: components["schemas"]["Fen"];
                /** @description Penalty interest to today, 1.5 × the rate on overdue principal. */
                penaltyFen: components["schemas"]["Fen"];
            };
            schedule: components["schemas"]["LoanInstalment"][];
            records: components["schemas"]["LoanRecord"][];
        };
        /**
         * @description The current instalment (with anything overdue), an amount of the borrower's choice, or everything.
         * @enum {string}
         */
        RepaymentKind: "INSTALMENT" | "PARTIAL" | "FULL";
        RepaymentQuoteRequest: {
            loanId: string;
            kind: components["schemas"]["RepaymentKind"];
            /** @description PARTIAL only (ignored otherwise). */
            amountFen?: number;
        };
        RepaymentQuote: {
            amountFen: components["schemas"]["Fen"];
            penaltyFen: components["schemas"]["Fen"];
            overdueInterestFen: components["schemas"]["Fen"];
            interestFen: components["schemas"]["Fen"];
            principalFen: components["schemas"]["Fen"];
            remainingPrincipalFen: components["schemas"]["Fen"];
        };
        RepaymentRequest: {
            loanId: string;
            kind: components["schemas"]["RepaymentKind"];
            amountFen?: number;
            cardId: string;
        };
        Repayment: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            loanId: string;
            amountFen: components["schemas"]["Fen"];
            penaltyFen: components["schemas"]["Fen"];
            overdueInterestFen: components["schemas"]["Fen"];
            interestFen: components["schemas"]["Fen"];
            principalFen: components["schemas"]["Fen"];
            remainingPrincipalFen: components["schemas"]["Fen"];
            loanStatus: components["schemas"]["LoanStatus"];
            cardLast4: string;
            at: components["schemas"]["Instant"];
        };
        Due: {
            /** Format: uuid */
            loanId: string;
            period: number;
            dueDate: components["schemas"]["Date"];
            /** @description The instalment, plus penalty interest to today when overdue. */
            amountFen: components["schemas"]["Fen"];
            /** @enum {string} */
            status: "DUE" | "OVERDUE" | "UPCOMING";
        };
        DueList: {
            dues: components["schemas"]["Due"][];
        };
        FaultRequest: {
            /** @enum {string} */
            operation: "createDraw" | "createRepayment" | "*";
            /** @enum {string} */
            kind: "DELAY" | "ERROR_500" | "COMMIT_THEN_DROP";
            delayMs?: number;
            /** @default 1 */
            times: number;
        };
        LedgerCheck: {
            ok: boolean;
            violations: string[];
            totals: {
                drawsFen: number;
                repaymentsFen: number;
                cardCreditsFen: number;
                cardDebitsFen: number;
                outstandingPrincipalFen: number;
                lineUsedFen: number;
            };
        };
        /** @description An opaque id (valuations, applications, credit lines). */
        ResourceId: string;
        /**
         * @description A unified social credit code (统一社会信用代码, GB 32100), 18 characters.
         * @example 92320106MA1XK3R57E
         */
        Uscc: string;
        /**
         * @description The tax bureau's credit rating (纳税信用等级); M is for businesses new to the rating.
         * @enum {string}
         */
        TaxRating: "A" | "B" | "M" | "C" | "D";
        TaxBusiness: {
            uscc: components["schemas"]["Uscc"];
            name: string;
            /**
             * @description INDIVIDUAL is 个体工商户; COMPANY an enterprise.
             * @enum {string}
             */
            kind: "INDIVIDUAL" | "COMPANY";
            /**
             * @description The borrower is its operator (经营者) or legal representative (法定代表人).
             * @enum {string}
             */
            role: "OPERATOR" | "LEGAL_REP";
            /** @enum {string} */
            status: "ACTIVE" | "DEREGISTERED";
            registeredOn: components["schemas"]["Date"];
        };
        TaxBusinessList: {
            businesses: components["schemas"]["TaxBusiness"][];
        };
        TaxAuthorizationRequest: {
            uscc: components["schemas"]["Uscc"];
            /** @description The version of the TAX_AUTH letter the borrower accepted. */
            consentVersion: string;
        };
        TaxProfile: {
            uscc: components["schemas"]["Uscc"];
            businessName: string;
            monthsInBusiness: number;
            /** @description Sales of the last 12 months. */
            yearlySalesFen: number;
            /** @description Tax paid in the last 12 months. */
            taxPaidFen: number;
            taxRating: components["schemas"]["TaxRating"];
            fetchedAt: components["schemas"]["Instant"];
            /** @description The TAX_AUTH letter version this data was fetched under. */
            consentVersion: string;
        };
        TaxServiceRequest: {
            available: boolean;
        };
        CommunityBuilding: {
            /** @example 3幢 */
            name: string;
            units: string[];
        };
        Community: {
            id: components["schemas"]["EntityId"];
            name: string;
            district: string;
            buildings: components["schemas"]["CommunityBuilding"][];
        };
        CommunityList: {
            communities: components["schemas"]["Community"][];
        };
        PropertyByCertificate: {
            /** @example 苏(2021)南京市不动产权第0012345号 */
            certificateNumber: string;
        };
        PropertyByAddress: {
            communityId: components["schemas"]["EntityId"];
            building: string;
            unit: string;
            /** @description The building area in square metres (at most 2 decimals are used). */
            areaSqm: number;
        };
        PropertyValuationRequest: components["schemas"]["PropertyByCertificate"] | components["schemas"]["PropertyByAddress"];
        /** @enum {string} */
        PropertyOwner: "SELF" | "SPOUSE";
        PropertyValuation: {
            id: components["schemas"]["ResourceId"];
            address: string;
            areaSqm: number;
            owner: components["schemas"]["PropertyOwner"];
            valueFen: number;
            rangeLowFen: number;
            rangeHighFen: number;
            valuationDate: components["schemas"]["Date"];
            existingMortgageFen: number;
            /** @description 70% of the value less the existing mortgage, rounded down to 1,000 yuan. */
            supportedExtraFen: number;
            spouseAuthorizationRequired: boolean;
        };
        ProductList: {
            products: components["schemas"]["Product"][];
        };
        /**
         * @description 进货 / 购置设备 / 店面装修租赁 / 日常周转 / 其他.
         * @enum {string}
         */
        ApplicationPurpose: "STOCK" | "EQUIPMENT" | "STORE" | "WORKING_CAPITAL" | "OTHER";
        /** @enum {string} */
        ApplicationConsentKind: "CREDIT_REPORT" | "DATA_USE";
        ApplicationConsentRequest: {
            kind: components["schemas"]["ApplicationConsentKind"];
            version: string;
        };
        ApplicationRequest: {
            productId: components["schemas"]["EntityId"];
            /** @description 10,000 yuan up to the product's maximum, whole hundreds of yuan. */
            amountFen: number;
            purpose: components["schemas"]["ApplicationPurpose"];
            marketId?: components["schemas"]["EntityId"];
            bankerId?: components["schemas"]["EntityId"];
            valuationId?: components["schemas"]["ResourceId"];
            consents: components["schemas"]["ApplicationConsentRequest"][];
        };
        ApplicationConsent: {
            kind: components["schemas"]["ApplicationConsentKind"];
            version: string;
            recordedAt: components["schemas"]["Instant"];
        };
        /**
         * @description REFERRED means a banker reviews the application in person.
         * @enum {string}
         */
        ApplicationStatus: "PENDING" | "APPROVED" | "DECLINED" | "REFERRED";
        /** @enum {string} */
        DecisionReason: "TAX_RATING" | "BUSINESS_AGE" | "CREDIT_HISTORY" | "DEBT_LOAD" | "AGE" | "INSUFFICIENT_LINE" | "MANUAL_REVIEW";
        ApplicationDecision: {
            /** @description The approved line (APPROVED only). */
            lineFen?: number;
            /** @description The annualized rate, simple interest (APPROVED only). */
            annualRateBps?: number;
            validUntil?: components["schemas"]["Date"];
            /** @description The part of the line the property added, after the product caps (PROPERTY approvals only). */
            propertyExtraFen?: number;
            reasonCategory?: components["schemas"]["DecisionReason"];
            /** @description Simplified Chinese, shown to the borrower as is. */
            message: string;
            banker?: components["schemas"]["Banker"];
        };
        Application: {
            id: components["schemas"]["ResourceId"];
            status: components["schemas"]["ApplicationStatus"];
            productId: components["schemas"]["EntityId"];
            productName: string;
            amountFen: number;
            purpose: components["schemas"]["ApplicationPurpose"];
            submittedAt: components["schemas"]["Instant"];
            /** @description While PENDING, when the decision will be revealed (poll after it). */
            decideAt?: components["schemas"]["Instant"];
            decidedAt?: components["schemas"]["Instant"];
            decision?: components["schemas"]["ApplicationDecision"];
            marketId?: components["schemas"]["EntityId"];
            valuationId?: components["schemas"]["ResourceId"];
            /** @description The line an approval opened. */
            creditLineId?: components["schemas"]["ResourceId"];
            /** @description The letters (exact versions and times) the application was submitted under. */
            consents: components["schemas"]["ApplicationConsent"][];
            /** @description Credit-report authorizations signed by the applicant's spouse or guarantor (signTicket), oldest first; absent when none. */
            authorizations?: components["schemas"]["ApplicationAuthorization"][];
        };
        ApplicationAuthorization: {
            role: components["schemas"]["TicketRole"];
            /** @description The signer, masked (**兰). */
            nameMasked: string;
            signedAt: components["schemas"]["Instant"];
        };
        ApplicationList: {
            applications: components["schemas"]["Application"][];
        };
        /** @enum {string} */
        CreditLineStatus: "ACTIVE" | "EXPIRED";
        CreditLine: {
            id: components["schemas"]["ResourceId"];
            productId: components["schemas"]["EntityId"];
            productName: string;
            kind: components["schemas"]["ProductKind"];
            totalFen: number;
            availableFen: number;
            usedFen: number;
            /** @description The annualized rate, simple interest. */
            annualRateBps: number;
            validFrom: components["schemas"]["Date"];
            validUntil: components["schemas"]["Date"];
            status: components["schemas"]["CreditLineStatus"];
        };
        CreditLineList: {
            lines: components["schemas"]["CreditLine"][];
        };
        /** @example 09:00 */
        ClockTime: string;
        /** @example ST01-20261202-0900 */
        SlotId: string;
        Slot: {
            id: components["schemas"]["SlotId"];
            date: components["schemas"]["Date"];
            startTime: components["schemas"]["ClockTime"];
            endTime: components["schemas"]["ClockTime"];
            /** @description False once the slot's 3 places are booked. */
            available: boolean;
        };
        SlotList: {
            slots: components["schemas"]["Slot"][];
        };
        VisitRequest: {
            slotId: components["schemas"]["SlotId"];
            /** @description What the villager wants to do (办理业务), for the banker. */
            note?: string;
        };
        /** @enum {string} */
        VisitStatus: "BOOKED" | "CANCELLED";
        Visit: {
            id: components["schemas"]["ResourceId"];
            stationId: components["schemas"]["EntityId"];
            stationName: string;
            date: components["schemas"]["Date"];
            startTime: components["schemas"]["ClockTime"];
            endTime: components["schemas"]["ClockTime"];
            status: components["schemas"]["VisitStatus"];
            note?: string;
            createdAt: components["schemas"]["Instant"];
        };
        VisitList: {
            visits: components["schemas"]["Visit"][];
        };
        /** @enum {string} */
        PreCreditStatus: "NOT_VERIFIED" | "NOT_ON_ROSTER" | "AVAILABLE" | "ACTIVATED";
        PreCreditAgreement: {
            version: string;
            title: string;
            /** @description The full text (Markdown). */
            body: string;
        };
        PreCredit: {
            status: components["schemas"]["PreCreditStatus"];
            stationId?: components["schemas"]["EntityId"];
            stationName?: string;
            village?: string;
            /** @description The pre-approved household line (AVAILABLE, ACTIVATED). */
            amountFen?: number;
            /** @description The annualized rate, simple interest. */
            annualRateBps?: number;
            /** @description How long the line is valid once activated. */
            validMonths?: number;
            /** @description The current VILLAGE_AGREEMENT to accept (AVAILABLE only). */
            agreement?: components["schemas"]["PreCreditAgreement"];
            /** @description The line activation opened (ACTIVATED only). */
            creditLineId?: components["schemas"]["ResourceId"];
            activatedAt?: components["schemas"]["Instant"];
        };
        ActivatePreCreditRequest: {
            agreementVersion: string;
        };
        /**
         * @description 配偶 or 担保人 of the applicant.
         * @enum {string}
         */
        TicketRole: "SPOUSE" | "GUARANTOR";
        /** @enum {string} */
        TicketStatus: "OPEN" | "USED" | "EXPIRED";
        TicketCode: string;
        TicketDocument: {
            /** @enum {string} */
            kind: "CREDIT_REPORT";
            version: string;
            title: string;
            /** @description The full text (Markdown). */
            body: string;
        };
        AuthorizationTicket: {
            ticket: components["schemas"]["TicketCode"];
            status: components["schemas"]["TicketStatus"];
            role: components["schemas"]["TicketRole"];
            /** @description The agreed purpose of the query (征信业管理条例 art. 18). */
            purpose: string;
            requestedBy: {
                bankerName: string;
                branch: string;
            };
            applicant: {
                nameMasked: string;
            };
            application?: {
                id: components["schemas"]["ResourceId"];
                productName: string;
                amountFen: number;
            };
            expiresAt: components["schemas"]["Instant"];
            /** @description When the caller signed it (USED only). */
            signedAt?: components["schemas"]["Instant"];
            document: components["schemas"]["TicketDocument"];
        };
        SignTicketRequest: {
            documentVersion: string;
        };
        TicketSignature: {
            ticket: components["schemas"]["TicketCode"];
            signedAt: components["schemas"]["Instant"];
            documentVersion: string;
        };
        TestTicketRequest: {
            applicationId?: components["schemas"]["ResourceId"];
            name: string;
            idNumber: string;
            role: components["schemas"]["TicketRole"];
            purpose?: string;
        };
        TestTicket: {
            ticket: components["schemas"]["TicketCode"];
            /** @description The mini-program code scene: a=<ticket>&c=<check>. */
            scene: string;
            expiresAt: components["schemas"]["Instant"];
        };
    };
    responses: {
        /** @description The request does not match this contract (VALIDATION_FAILED). */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No valid session (UNAUTHORIZED). */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description A consent is missing. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The thing does not exist (or is not the caller's). */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The state does not allow this now. */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The upload is too large (PAYLOAD_TOO_LARGE). */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Not a PNG or JPEG image (IMAGE_TYPE_UNSUPPORTED). */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Well-formed, but the bank's rules reject it. */
        Unprocessable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Too many attempts; `details.retryAfterSeconds` when known. */
        TooManyRequests: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The bank failed before acting (INTERNAL_ERROR); retrying with the same Idempotency-Key is safe. */
        InternalError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The thing existed but has expired (TICKET_EXPIRED). */
        Gone: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description A service the bank depends on is down; retry later. */
        ServiceUnavailable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /** @description Makes a write safe to retry; kept 24 hours per user. */
        IdempotencyKey: string;
        MarketId: components["schemas"]["EntityId"];
        StationId: components["schemas"]["EntityId"];
        VerifyId: components["schemas"]["VerifyId"];
        CardId: string;
        LoanId: string;
        /** @description As scanned; anything that is not a live ticket is 404 TICKET_NOT_FOUND (not 400). */
        Ticket: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            /** @description A new session. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    sendSmsCode: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a write safe to retry; kept 24 hours per user. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SmsRequest"];
            };
        };
        responses: {
            /** @description Sent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmsSent"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    bindPhone: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a write safe to retry; kept 24 hours per user. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PhoneRequest"];
            };
        };
        responses: {
            /** @description The identity status after binding. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityStatus"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
        };
    };
    getMarket: {
        parameters: {
            query?: {
                bankerId?: components["schemas"]["EntityId"];
            };
            header?: never;
            path: {
                marketId: components["parameters"]["MarketId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The market. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Market"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    getStation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                stationId: components["parameters"]["StationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The station. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Station"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    getConsentDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                kind: components["schemas"]["ConsentKind"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsentDocument"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    listConsents: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The records. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsentRecord"][];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    recordConsent: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a write safe to retry; kept 24 hours per user. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConsentRequest"];
            };
        };
        responses: {
            /** @description Recorded. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsentRecord"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["Conflict"];
        };
    };
    getIdentity: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityStatus"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    recognizeIdCard: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["OcrRequest"];
            };
        };
        responses: {
            /** @description What the card says. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OcrResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["Unprocessable"];
        };
    };
    submitIdCard: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a write safe to retry; kept 24 hours per user. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IdSubmission"];
            };
        };
        responses: {
            /** @description The identity status after the check. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityStatus"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    startFaceVerification: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a write safe to retry; kept 24 hours per user. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The check to run with the face provider. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FaceVerification"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
        };
    };
    getFaceVerification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                verifyId: components["parameters"]["VerifyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The result. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FaceVerificationResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    completeFaceVerification: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a write safe to retry; kept 24 hours per user. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                verifyId: components["parameters"]["VerifyId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FaceOutcomeRequest"];
            };
        };
        responses: {
            /** @description Recorded. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    listCards: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The cards. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CardList"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    bindCard: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a write safe to retry; kept 24 hours per user. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BindCardRequest"];
            };
        };
        responses: {
            /** @description Bound. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BoundCard"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
        };
    };
    unbindCard: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a write safe to retry; kept 24 hours per user. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                cardId: components["parameters"]["CardId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Unbound. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    sendDrawCode: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a write safe to retry; kept 24 hours per user. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Sent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmsSent"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    quoteDraw: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DrawQuoteRequest"];
            };
        };
        responses: {
            /** @description The trial calculation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DrawQuote"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
        };
    };
    createDraw: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a write safe to retry; kept 24 hours per user. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DrawRequest"];
            };
        };
        responses: {
            /** @description The money is on the card. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Draw"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            500: components["responses"]["InternalError"];
        };
    };
    listLoans: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The loans. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoanList"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    getLoan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                loanId: components["parameters"]["LoanId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The loan. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoanDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    quoteRepayment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RepaymentQuoteRequest"];
            };
        };
        responses: {
            /** @description The split. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RepaymentQuote"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
        };
    };
    createRepayment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a write safe to retry; kept 24 hours per user. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RepaymentRequest"];
            };
        };
        responses: {
            /** @description Repaid. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Repayment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            500: components["responses"]["InternalError"];
        };
    };
    listDues: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The dues. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DueList"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    listTaxBusinesses: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The businesses (possibly none). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaxBusinessList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    authorizeTax: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a write safe to retry; kept 24 hours per user. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaxAuthorizationRequest"];
            };
        };
        responses: {
            /** @description The tax data fetched. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaxProfile"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getTaxProfile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The profile. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaxProfile"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listCommunities: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The communities. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommunityList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createPropertyValuation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a write safe to retry; kept 24 hours per user. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PropertyValuationRequest"];
            };
        };
        responses: {
            /** @description The valuation. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PropertyValuation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
        };
    };
    listProducts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The products. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductList"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    listApplications: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The applications. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationList"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    submitApplication: {
        parameters: {
            query?: never;
            header: {
                /** @description Required here; kept 24 hours per user. */
                "Idempotency-Key": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApplicationRequest"];
            };
        };
        responses: {
            /** @description Submitted (status PENDING). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Application"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
        };
    };
    getApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: components["schemas"]["ResourceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The application. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Application"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    listCreditLines: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The lines (possibly none). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditLineList"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    listStationSlots: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                stationId: components["parameters"]["StationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The slots, in time order (days the station is closed have none). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlotList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    bookVisit: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a write safe to retry; kept 24 hours per user. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                stationId: components["parameters"]["StationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VisitRequest"];
            };
        };
        responses: {
            /** @description Booked. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Visit"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    listVisits: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The visits (possibly none). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VisitList"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    cancelVisit: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a write safe to retry; kept 24 hours per user. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                visitId: components["schemas"]["ResourceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Cancelled. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    getPreCredit: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The pre-credit. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PreCredit"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    activatePreCredit: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a write safe to retry; kept 24 hours per user. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActivatePreCreditRequest"];
            };
        };
        responses: {
            /** @description Activated; the new line. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditLine"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
        };
    };
    getTicket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description As scanned; anything that is not a live ticket is 404 TICKET_NOT_FOUND (not 400). */
                ticket: components["parameters"]["Ticket"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ticket. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthorizationTicket"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            410: components["responses"]["Gone"];
        };
    };
    signTicket: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a write safe to retry; kept 24 hours per user. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description As scanned; anything that is not a live ticket is 404 TICKET_NOT_FOUND (not 400). */
                ticket: components["parameters"]["Ticket"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignTicketRequest"];
            };
        };
        responses: {
            /** @description Signed. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketSignature"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            410: components["responses"]["Gone"];
        };
    };
    setTaxService: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaxServiceRequest"];
            };
        };
        responses: {
            /** @description Set. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
        };
    };
    resetSandbox: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Reset. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            404: components["responses"]["NotFound"];
        };
    };
    setClock: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClockRequest"];
            };
        };
        responses: {
            /** @description The clock now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClockState"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
        };
    };
    injectFault: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FaultRequest"];
            };
        };
        responses: {
            /** @description Armed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
        };
    };
    clearFaults: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Cleared. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            404: components["responses"]["NotFound"];
        };
    };
    checkLedger: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The result. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerCheck"];
                };
            };
            404: components["responses"]["NotFound"];
        };
    };
    createTicket: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TestTicketRequest"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TestTicket"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["Unprocessable"];
        };
    };
}

/** Shorthands over the generated types. */
export type Schemas = components['schemas']
export type ErrorCode = components['schemas']['ErrorCode']
export type OperationId = keyof operations
