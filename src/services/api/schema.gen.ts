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
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description Every error code the API can return.
         * @enum {string}
         */
        ErrorCode: "VALIDATION_FAILED" | "UNAUTHORIZED" | "NOT_FOUND" | "METHOD_NOT_ALLOWED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "IDEMPOTENCY_KEY_REUSED" | "INTERNAL_ERROR" | "CONTRACT_VIOLATION" | "MOBILE_INVALID" | "SMS_TOO_FREQUENT" | "SMS_CODE_INVALID" | "SMS_CODE_EXPIRED" | "MARKET_NOT_FOUND" | "STATION_NOT_FOUND" | "CONSENT_VERSION_STALE" | "CONSENT_REQUIRED" | "FACE_CONSENT_REQUIRED" | "ID_INVALID" | "UNDERAGE" | "PERSON_NOT_FOUND" | "NAME_MISMATCH" | "ID_IN_USE" | "ID_CHECK_LOCKED" | "IDENTITY_LOCKED" | "OCR_UNREADABLE" | "IMAGE_TYPE_UNSUPPORTED" | "ID_REQUIRED" | "FACE_VERIFY_NOT_FOUND" | "FACE_VERIFY_EXPIRED" | "FACE_VERIFY_COMPLETED";
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
         * @description PRIVACY is 个人信息处理规则 (required); FACE is the separate face-data consent.
         * @enum {string}
         */
        ConsentKind: "PRIVACY" | "FACE";
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
        ClockRequest: {
            /** Format: date */
            today: string | null;
        };
        ClockState: {
            today: components["schemas"]["Date"];
            overridden: boolean;
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
    };
    parameters: {
        /** @description Makes a write safe to retry; kept 24 hours per user. */
        IdempotencyKey: string;
        MarketId: components["schemas"]["EntityId"];
        StationId: components["schemas"]["EntityId"];
        VerifyId: components["schemas"]["VerifyId"];
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
}

/** Shorthands over the generated types. */
export type Schemas = components['schemas']
export type ErrorCode = components['schemas']['ErrorCode']
export type OperationId = keyof operations
