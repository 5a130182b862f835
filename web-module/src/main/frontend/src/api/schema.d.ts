/**
 * Types of the Handmade Market API, generated from src/api/openapi.json by `npm run api:types`.
 * Do not edit: change the JAX-RS resources (and their OpenAPI annotations), then regenerate.
 */
export interface paths {
    "/api/admin/feed-experiment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Click-through per feed variant
         * @description { from, to, variants: [{ variant, shoppers, impressions, favorites, addsToCart, clicks, clickThroughRate }] } over the last days; clicks are favorites and adds to cart made from a feed section.
         */
        get: {
            parameters: {
                query?: {
                    /** @description The period in days, 1 to 90 (default 7) */
                    days?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The comparison */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ExperimentReport"];
                    };
                };
                /** @description days is not a number from 1 to 90 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Neither support nor admin */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/fees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The marketplace's money by day
         * @description ?days=1..366 (default 30): sales, fee income (net of fees given back), refunds and payouts.
         */
        get: {
            parameters: {
                query?: {
                    days?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DayTotalsList"];
                    };
                };
                /** @description days out of range */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not an admin */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/payouts/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run today's payouts now
         * @description What the daily job does at 03:00 UTC; each shop is paid at most once a day.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The shops paid and the amount */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RunSummary"];
                    };
                };
                /** @description Not an admin */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
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
         * @description Checks the email and password and opens a session: the token comes in the body (for API clients, as Authorization: Bearer) and in the hm_session cookie (for browsers). Repeated failures are slowed down, then refused for a while with 429.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["LoginRequest"];
                };
            };
            responses: {
                /** @description Signed in */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SignedIn"];
                    };
                };
                /** @description Wrong email or password */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Too many failures; Retry-After says when to retry */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login/totp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in, second step: a code
         * @description Redeems the challenge with the current code of the authenticator app or a recovery code (each works once) and opens the session as the first step would have. Finishing a staff enrolment also returns the recovery codes, this once. Wrong codes count as failed sign-ins; a challenge lasts 5 minutes and 5 wrong codes.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["SecondStepRequest"];
                };
            };
            responses: {
                /** @description Signed in */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CompletedSignIn"];
                    };
                };
                /** @description invalid-code, or challenge-expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Too many failures; Retry-After says when */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login/totp/enrolment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in, second step for staff without an authenticator: set one up
         * @description When the challenge said enrolmentRequired: a new secret (base32) and its otpauth:// URI for a QR code. The first code it makes, sent to POST /api/auth/login/totp, puts it in force and signs in.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["ChallengeRequest"];
                };
            };
            responses: {
                /** @description The secret to put in the authenticator app */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TotpEnrolment"];
                    };
                };
                /** @description challenge-expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The account has an authenticator already */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No totp.encryption-key on this server */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign out
         * @description Revokes the session presented (cookie or bearer token) and clears the cookie.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Signed out */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout-everywhere": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign out everywhere
         * @description Ends every session of the signed-in account, on every device, this one included, and clears the cookie.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Signed out everywhere */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Forgot password: mail a reset link
         * @description Answers 202 whether or not the address has an account; the link, valid 30 minutes and once, arrives only if it has. Asking too often from one client is refused.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["PasswordResetRequest"];
                };
            };
            responses: {
                /** @description A link is on its way if the account exists */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not an email address (problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Too many requests from this client */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password-reset/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a new password with the token of a reset link
         * @description Uses the token up and signs the account out everywhere; sign in afterwards.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["NewPasswordRequest"];
                };
            };
            responses: {
                /** @description The password is changed */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description A weak password (validation) or an unknown, used or expired token */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register as a shopper
         * @description Creates a shopper account and signs it in: the session token comes in the body and in the hm_session cookie.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["RegisterRequest"];
                };
            };
            responses: {
                /** @description Registered and signed in */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SignedIn"];
                    };
                };
                /** @description A field is not valid (problem+json) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The email address is registered already */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Too many registrations from this client (an hour) or overall (a minute); Retry-After says when to retry */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/verify-email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm an account's address with the token of the mailed link
         * @description Needs no sign-in: the token is the proof. Opening a shop needs a confirmed address.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["EmailTokenRequest"];
                };
            };
            responses: {
                /** @description The address is confirmed */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description An unknown, used or expired token */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cart": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The cart
         * @description Grouped by shop, each with its shipping to the country: { shops: [{ shopId, shopName, shippingPolicy, items, subtotal, shipping }], itemTotal, shippingTotal, total, itemCount, country }. Without a country each shop's domestic rate is quoted.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Where the buyer ships to (ISO 3166-1 alpha-2, e.g. GB), for the shipping in the answer */
                    country?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The cart */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CartView"];
                    };
                };
                /** @description An unknown country code */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        /** Empty the cart */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The empty cart */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CartView"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cart/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add to the cart
         * @description Adds quantity pieces to what the cart holds of the listing, if stock covers the new total. With X-Feed-Section (a feed section's key) it counts as a click of that section in the feed experiment.
         */
        post: {
            parameters: {
                query?: {
                    /** @description Where the buyer ships to (ISO 3166-1 alpha-2, e.g. GB), for the shipping in the answer */
                    country?: string;
                };
                header?: {
                    /** @description The key of the feed section the listing was added from */
                    "X-Feed-Section"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["AddToCartRequest"];
                };
            };
            responses: {
                /** @description The updated cart */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CartView"];
                    };
                };
                /** @description No such listing */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not enough stock; available and inCart say how much */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cart/items/{productId: [0-9]{1,18}}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set a quantity
         * @description Sets how many of the listing the cart holds; 0 removes it.
         */
        put: {
            parameters: {
                query?: {
                    /** @description Where the buyer ships to (ISO 3166-1 alpha-2, e.g. GB), for the shipping in the answer */
                    country?: string;
                };
                header?: never;
                path: {
                    productId: number;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["CartQuantityRequest"];
                };
            };
            responses: {
                /** @description The updated cart */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CartView"];
                    };
                };
                /** @description Not enough stock; available and inCart say how much */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        /** Remove from the cart */
        delete: {
            parameters: {
                query?: {
                    /** @description Where the buyer ships to (ISO 3166-1 alpha-2, e.g. GB), for the shipping in the answer */
                    country?: string;
                };
                header?: never;
                path: {
                    productId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The updated cart */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CartView"];
                    };
                };
                /** @description The listing is not in the cart */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The category taxonomy
         * @description Top-level categories with their children.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CategoryNodeList"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/checkout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check out the cart
         * @description Places one order per shop, charges the card once for the items and shipping and answers { success, orders, itemTotal, shippingTotal, total, totalPaid }. expectedTotal is the total the buyer saw; if a price or shipping changed since, nothing is ordered (409 totals-changed with the changes and the fresh cart). Requires an Idempotency-Key header (a fresh UUID per attempt): a retry with the same key and body replays the first answer with Idempotent-Replayed: true.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "Idempotency-Key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["CheckoutRequest"];
                };
            };
            responses: {
                /** @description Ordered and paid */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CheckoutReceipt"];
                    };
                };
                /** @description Ordered; the provider did not confirm the charge in time, orders stay pending */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CheckoutReceipt"];
                    };
                };
                /** @description No Idempotency-Key, or an invalid body */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The card was declined; nothing was ordered or charged, the cart is unchanged */
                402: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Items unavailable (unavailableItems), a changed total (changes, cart), a shop that does not ship there (shops), an empty cart, or the key in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The key was used for a different request */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Idempotency store unavailable; Retry-After says when to retry */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/checkout/hold": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The running hold */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The hold and the quoted cart */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HoldView"];
                    };
                };
                /** @description Nothing is held */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /**
         * Start checkout: hold the cart's items
         * @description Holds every cart line for the caller for checkout.hold-minutes (others cannot buy those pieces meanwhile) and answers { expiresAt, holdMinutes, cart } with the cart quoted for the country. Posting again while the hold runs re-quotes without extending it. The body ({ country }) is optional.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["HoldRequest"];
                };
            };
            responses: {
                /** @description Held */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HoldView"];
                    };
                };
                /** @description An unknown country */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description An empty cart, items unavailable (unavailableItems with heldUntil) or a shop that does not ship there; nothing is held */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Too many checkouts started in the last hour; Retry-After says when */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        /**
         * Leave checkout
         * @description Ends the caller's hold: the pieces are on sale again at once.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Nothing is held any more */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/favorites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's favorites
         * @description { products: [product card...], shops: [shop card...] }, newest first.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The favorites */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FavoritesView"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/favorites/products/{id: [0-9]{1,18}}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether the caller favorited a listing */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description { favorited, favoriteCount } */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FavoriteState"];
                    };
                };
                /** @description No such listing */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /**
         * Favorite a listing
         * @description Idempotent. With X-Feed-Section (a feed section's key) the favorite counts as a click of that section in the feed experiment.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The key of the feed section the favorite was made from */
                    "X-Feed-Section"?: string;
                };
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description { favorited: true, favoriteCount } */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FavoriteState"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such listing */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        /**
         * Unfavorite a listing
         * @description Idempotent.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description { favorited: false, favoriteCount } */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FavoriteState"];
                    };
                };
                /** @description No such listing */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/favorites/shops/{id: [0-9]{1,18}}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether the caller favorited a shop */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description { favorited, favoriteCount } */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FavoriteState"];
                    };
                };
                /** @description No such shop */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /**
         * Favorite a shop
         * @description Idempotent.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description { favorited: true, favoriteCount } */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FavoriteState"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such shop */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        /**
         * Unfavorite a shop
         * @description Idempotent.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description { favorited: false, favoriteCount } */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FavoriteState"];
                    };
                };
                /** @description No such shop */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The home feed
         * @description { variant, sections: [{ key, title, reason, products: [product card...] }] }. Anonymous: trending (variant null). Little history: popular. Otherwise based-on-favorites, more-in-<categorySlug> (top two categories) and trending.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The feed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FeedView"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/images/{key: .+}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An image file
         * @description JPEG, PNG or WebP, cacheable for a year; answers 304 to a matching If-None-Match.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The image */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/*": string;
                    };
                };
                /** @description Not modified since the ETag given */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such image */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The signed-in account
         * @description Id, email, display name, roles and the slug of the account's shop, if any.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The account */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AccountProfile"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/email-verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mail a new link to confirm the account's address
         * @description At most 3 links an hour; each is valid two days and once.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A link is on its way */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The address is confirmed already */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Too many links within the hour */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/mail-preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The mails the account chose to get
         * @description Order, shipping and account mails are always sent; review invitations may be turned off.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The choices (all on until saved) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MailChoices"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        /**
         * Choose the mails to get
         * @description `{reviewInvitations: boolean}`. Turning invitations off also withholds those waiting to go.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["MailPreferencesRequest"];
                };
            };
            responses: {
                /** @description The saved choices */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MailChoices"];
                    };
                };
                /** @description A missing or non-boolean field */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change the password
         * @description Needs the current password. Every other session of the account ends (this one stays signed in) and the owner gets a "password changed" mail. Wrong current passwords count towards the sign-in limits.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["PasswordChangeRequest"];
                };
            };
            responses: {
                /** @description The password is changed */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The current password is wrong, or the new one is weak or common */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Too many wrong passwords; see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/totp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether the account has a second factor, and must have one */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description enrolled, required, recoveryCodesLeft */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TotpStatus"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/totp/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Switch the second factor off
         * @description Needs the password or a current code. Staff accounts cannot, only re-enrol.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["OwnerProofRequest"];
                };
            };
            responses: {
                /** @description Off (or it was not on) */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No valid proof */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description A staff account */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/totp/enrolment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set up an authenticator app
         * @description A new secret and its otpauth:// URI; it is in force once confirmed with a code. To replace one in force, send the password or a current code.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["OwnerProofRequest"];
                };
            };
            responses: {
                /** @description The secret, waiting for its first code */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TotpEnrolment"];
                    };
                };
                /** @description Not signed in, or no valid proof */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No totp.encryption-key on this server */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/totp/enrolment/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm the new authenticator app with its first code
         * @description Puts it in force and returns ten new recovery codes, shown this once.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["CodeRequest"];
                };
            };
            responses: {
                /** @description recoveryCodes */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RecoveryCodes"];
                    };
                };
                /** @description invalid-code */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No set-up was started */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My orders
         * @description Newest first, paged as { items, total, page, pageSize, totalPages }.
         */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of orders */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OrderViewPage"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orders/{id: [0-9]{1,18}}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One of my orders
         * @description Items, shop, totals, shipping address, carrier and tracking, status timeline.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The order */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OrderView"];
                    };
                };
                /** @description No such order of the caller */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/payments/options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How the storefront collects a payment method
         * @description provider (stripe, sandbox or none), whether payments are available, and Stripe's publishable key for Stripe.js. The card never reaches the marketplace: the provider's client library turns it into a payment method id.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The options */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Options"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/payments/sandbox/checkouts/{checkoutId}/authentication": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Authenticate a sandbox payment (3-D Secure stand-in)
         * @description {approved}: the buyer approves or fails their payment that waits for authentication; the checkout is settled as the provider's notification would settle it.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    checkoutId: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["AuthenticationRequest"];
                };
            };
            responses: {
                /** @description {payment}: PAID, DECLINED or PENDING */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AuthenticationOutcome"];
                    };
                };
                /** @description Not the sandbox, or not the caller's checkout */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/payments/sandbox/payment-methods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The sandbox's test payment methods
         * @description Only while the sandbox is the provider (404 otherwise): ids named like the provider's test payment methods, each with the outcome it gives.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The test payment methods */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TestMethodList"];
                    };
                };
                /** @description The sandbox is not the provider */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/payments/webhook": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The payment provider's notifications (Stripe webhooks)
         * @description Verified by the Stripe-Signature header (HMAC with the endpoint's secret, at most payment.stripe.webhook-tolerance-seconds old); each event acted on once.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "Stripe-Signature"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "*/*": string;
                };
            };
            responses: {
                /** @description Received (or received before) */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Bad or old signature; nothing changed */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/products/{id: [0-9]{1,18}}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A listing's page
         * @description The listing with its photos in order (original and grid copy), category, tags, materials, stock, status and shop. Drafts, deactivated listings and listings of suspended shops are 404. A signed-in shopper's view is recorded for their feed.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProductView"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/products/{id: [0-9]{1,18}}/availability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A listing's availability
         * @description { available, inCart, canAddMore }; inCart is 0 for anonymous callers.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The availability */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Availability"];
                    };
                };
                /** @description No such listing */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/products/{id: [0-9]{1,18}}/rating": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A listing's rating
         * @description Average, count and how many reviews gave each number of stars.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RatingSummary"];
                    };
                };
                /** @description No such listing */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/products/{id: [0-9]{1,18}}/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A listing's reviews
         * @description Visible reviews with the shop's reply; sort newest (default), highest, lowest.
         */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    sort?: string;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of reviews */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReviewViewPage"];
                    };
                };
                /** @description No such listing */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/products/{id: [0-9]{1,18}}/similar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Similar items
         * @description { products: [product card...] }: listings in stock like this one (more_like_this on title, tags and description) that share its category or a tag.
         */
        get: {
            parameters: {
                query?: {
                    /** @description How many, 1 to 24 (default 8) */
                    limit?: string;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Similar items */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SimilarProducts"];
                    };
                };
                /** @description limit is not a number from 1 to 24 */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such listing */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Search is unavailable */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Review an item I bought
         * @description {orderItemId, stars, text}: 1 to 5 stars, text optional (at most 2,000 characters, no control characters). Once the order is delivered, or 14 days after it shipped.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["ReviewRequest"];
                };
            };
            responses: {
                /** @description The review */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReviewView"];
                    };
                };
                /** @description Bad stars or text */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such order item of the caller */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not delivered yet, or reviewed already (reviewId names the review) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reviews/{id: [0-9]{1,18}}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Change my review
         * @description {stars, text}, within 30 days.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["ReviewRequest"];
                };
            };
            responses: {
                /** @description The review */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReviewView"];
                    };
                };
                /** @description No such review of the caller */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The edit window has closed */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reviews/{id: [0-9]{1,18}}/photo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Add or replace my review's photo
         * @description The body is the image file, under the listings' rules: JPEG, PNG or WebP by content (415 otherwise), at most 10 MB (413), each side 200 to 8,000 px (400).
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            /** @description The image file */
            requestBody?: {
                content: {
                    "*/*": string;
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReviewView"];
                    };
                };
            };
        };
        post?: never;
        /** Remove my review's photo */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReviewView"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reviews/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My reviews
         * @description Newest first, with editableUntil; a hidden review carries support's hiddenReason.
         */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReviewViewPage"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search listings
         * @description Full-text search over titles, tags and descriptions with synonyms and typo tolerance, ranked by relevance and shop reputation, with category and price facets. Without q, browses. Only listings in stock are returned.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Category slug; a top-level category includes its sub-categories */
                    category?: string;
                    /** @description Only vintage (true) or only new (false) items */
                    isVintage?: boolean;
                    /** @description Highest price */
                    maxPrice?: number;
                    /** @description Lowest price */
                    minPrice?: number;
                    /** @description Only listings whose reviews average at least this many stars (4: "4 stars and up") */
                    minRating?: number;
                    /** @description Page number, from 1 to 100 */
                    page?: number;
                    /** @description Results per page, from 1 to 60 */
                    pageSize?: number;
                    /** @description Words to search for (at most 200 characters); empty to browse */
                    q?: string;
                    /** @description Order of the results */
                    sort?: "relevance" | "newest" | "price_asc" | "price_desc" | "rating";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of results with facets */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SearchResult"];
                    };
                };
                /** @description A parameter is not valid; errors names it */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Search is unavailable; Retry-After says when to retry */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/search/suggest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Typeahead suggestions
         * @description Titles of listings in stock that complete what the shopper is typing, tolerating a typo.
         */
        get: {
            parameters: {
                query: {
                    /** @description What the shopper has typed so far */
                    q: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Up to eight suggestions, best first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Suggestions"];
                    };
                };
                /** @description q is missing or longer than 100 characters */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Search is unavailable; Retry-After says when to retry */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/seller/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My shop's orders
         * @description Newest first; status= filters (PENDING, PAID, SHIPPED, ...).
         */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    status?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of orders */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OrderViewPage"];
                    };
                };
                /** @description The account has no shop */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/seller/orders/{id: [0-9]{1,18}}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One order of my shop */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The order */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OrderView"];
                    };
                };
                /** @description No such order of the caller's shop */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/seller/orders/{id: [0-9]{1,18}}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel an order not shipped yet
         * @description Its stock goes back on sale. An optional {reason}.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["CancelRequest"];
                };
            };
            responses: {
                /** @description The cancelled order */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OrderView"];
                    };
                };
                /** @description The order was shipped, or ended already */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/seller/orders/{id: [0-9]{1,18}}/deliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a shipped order delivered */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The delivered order */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OrderView"];
                    };
                };
                /** @description The order is not shipped */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/seller/orders/{id: [0-9]{1,18}}/ship": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ship a paid order
         * @description {carrier, trackingNumber}
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["ShipRequest"];
                };
            };
            responses: {
                /** @description The shipped order */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OrderView"];
                    };
                };
                /** @description The order is not paid, or shipped already */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/seller/payouts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's shop's money
         * @description Balance (pending while in the hold after payment, available for the next payout), the payout account, the next payout, recent payouts, each recent order's fee breakdown, and the last 90 days by day.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PayoutSummary"];
                    };
                };
                /** @description The account has no shop */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/seller/payouts/account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Connect the shop's payout account
         * @description Opens the shop's account at the payment provider and answers where the seller finishes the provider's onboarding (onboardingUrl; null with the sandbox). An account already connected is answered as it is.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PayoutAccount"];
                    };
                };
                /** @description The account has no shop */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No payment provider is configured */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/seller/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's listings
         * @description Newest first, optionally of one status.
         */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    status?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ListingCardPage"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a listing
         * @description A draft, seen only by its seller until published.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["ListingRequest"];
                };
            };
            responses: {
                /** @description OK */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProductView"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/seller/products/{id: [0-9]{1,18}}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One of the caller's listings
         * @description In any status, drafts included.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProductView"];
                    };
                };
            };
        };
        /**
         * Replace a listing
         * @description Every field, price and stock included; a stock change goes through inventory.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["ListingRequest"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProductView"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/seller/products/{id: [0-9]{1,18}}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deactivate a listing
         * @description From ACTIVE or SOLD_OUT (409 otherwise).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProductView"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/seller/products/{id: [0-9]{1,18}}/images": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A listing's photos in gallery order */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImageViewList"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Add a photo
         * @description The body is the image file: JPEG, PNG or WebP, recognised by its content (415 otherwise), at most 10 MB (413), each side 200 to 8,000 px (400). At most 10 photos per listing (409).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            /** @description The image file */
            requestBody?: {
                content: {
                    "*/*": string;
                };
            };
            responses: {
                /** @description OK */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImageView"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/seller/products/{id: [0-9]{1,18}}/images/{imageId: [0-9]{1,18}}": {
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
         * Remove a photo
         * @description Answers the remaining photos in order.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    imageId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImageViewList"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/seller/products/{id: [0-9]{1,18}}/images/order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Reorder the photos
         * @description Every photo id of the listing once, first photo first.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["ImageOrderRequest"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImageViewList"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/seller/products/{id: [0-9]{1,18}}/price": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a listing's price */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["PriceRequest"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProductView"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/seller/products/{id: [0-9]{1,18}}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish a listing
         * @description From DRAFT or INACTIVE; needs stock and at least one photo (409 otherwise).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProductView"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/seller/products/{id: [0-9]{1,18}}/quantity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Change a listing's stock
         * @description At 0 an active listing becomes SOLD_OUT; with stock again it is ACTIVE again.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["QuantityRequest"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProductView"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/seller/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My shop's reviews
         * @description Newest first, hidden ones too with support's reason.
         */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReviewViewPage"];
                    };
                };
                /** @description The caller has no shop */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/seller/reviews/{id: [0-9]{1,18}}/reply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Reply to a review
         * @description {text}, 1 to 2,000 characters; the shop's one public reply, edited in place.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["ReplyRequest"];
                };
            };
            responses: {
                /** @description The review with the reply */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReviewView"];
                    };
                };
                /** @description No such review of the caller's shop */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/seller/shop": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's shop
         * @description 403 for an account that has no shop.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ShopView"];
                    };
                };
            };
        };
        /**
         * Edit the caller's shop
         * @description Name, tagline, description, location and shipping policy; the slug stays as it was.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["ShopRequest"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ShopView"];
                    };
                };
            };
        };
        /**
         * Open a shop
         * @description The signed-in shopper becomes a seller. One shop per account (409 for a second); the slug is made from the name when absent, and a chosen slug that is taken is a 409.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["ShopRequest"];
                };
            };
            responses: {
                /** @description OK */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ShopView"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/seller/shop/banner": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Replace the shop's banner
         * @description The body is the image file (JPEG, PNG or WebP; the type is read from the content).
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description The image file */
            requestBody?: {
                content: {
                    "*/*": string;
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ShopView"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/seller/shop/logo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Replace the shop's logo
         * @description The body is the image file (JPEG, PNG or WebP; the type is read from the content).
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description The image file */
            requestBody?: {
                content: {
                    "*/*": string;
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ShopView"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/seller/shop/shipping": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's shipping profile
         * @description Where the shop ships from, its domestic and international rates (first item + each additional item; international null = domestic only), the free-shipping threshold for domestic orders (null = none) and the processing time in days. A shop that never saved one gets the standard profile. 403 for an account without a shop.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ShippingSettings"];
                    };
                };
            };
        };
        /**
         * Replace the caller's shipping profile
         * @description The body has the shape GET answers. Rates 0.00 to 10000.00, threshold 1.00 to 1000000.00 or null, at most two decimals (more is refused, not rounded); processing days 1 to 60 with min <= max; originCountry an ISO 3166-1 alpha-2 code. Carts quote the new rates at once.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["ShippingRequest"];
                };
            };
            responses: {
                /** @description Saved; the profile as stored */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ShippingSettings"];
                    };
                };
                /** @description A field breaks a rule (problem+json naming it); nothing is saved */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The account has no shop */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/shops/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A shop's page
         * @description Branding, policies, rating, sales and the number of listings shoppers can see.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ShopView"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/shops/{slug}/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A shop's listings
         * @description Active and sold-out listings, paged; sort is newest (default), price_asc or price_desc.
         */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    sort?: string;
                };
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ListingCardPage"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/shops/{slug}/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A shop's reviews
         * @description Visible reviews, newest first.
         */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReviewViewPage"];
                    };
                };
                /** @description No such active shop */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whether the marketplace is up
         * @description UP (200) when this instance's database, cache, search and payment checks pass, DOWN (503) otherwise. Deliberately without detail.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description {"status": "UP"} */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StatusAnswer"];
                    };
                };
                /** @description {"status": "DOWN"} */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StatusAnswer"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/support/mails": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Mails in trouble
         * @description Dead letters (the SMTP server did not take them after every attempt) and uncertain sends (claimed by an instance that stopped before recording the outcome).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Newest first, at most 200 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MailDeliveryViewList"];
                    };
                };
                /** @description Not support */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/support/mails/{id: [0-9]{1,18}}/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a dead or uncertain mail again
         * @description With fresh attempts and the same Message-ID; audited.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Queued; sent within a second */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not support */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such mail */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The mail is neither dead nor uncertain */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/support/mails/recent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The mail log: the latest mails of every kind, without their bodies */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Newest first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MailDeliveryViewList"];
                    };
                };
                /** @description Not support */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/support/orders/{id: [0-9]{1,18}}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel an order not shipped yet
         * @description {reason}; stock goes back on sale.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["ReasonRequest"];
                };
            };
            responses: {
                /** @description The cancelled order */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OrderView"];
                    };
                };
                /** @description Not support */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The order was shipped, or ended already */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/support/orders/{id: [0-9]{1,18}}/money": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The order's money trail
         * @description Every ledger entry of the order: the charge (the shop's share and the marketplace's fee) and each refund, with the provider's references.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TrailEntryList"];
                    };
                };
                /** @description Not support */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such order */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/support/orders/{id: [0-9]{1,18}}/refund": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refund a paid order, all of it or part
         * @description {reason, amount?}: amount (0.01 up to what is left of the order, two decimals at most) refunds part and keeps the order's status; without it, all that is left is refunded and the order ends REFUNDED (stock returns for goods that never shipped). The marketplace's fee goes back in proportion.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["RefundRequest"];
                };
            };
            responses: {
                /** @description The order after the refund */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OrderView"];
                    };
                };
                /** @description Not support */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The order is pending or ended already */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description More than what is left of the order */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The payment provider did not refund */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/support/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The moderation queue
         * @description Newest first; hidden=true for hidden reviews only, false for visible ones.
         */
        get: {
            parameters: {
                query?: {
                    hidden?: string;
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReviewViewPage"];
                    };
                };
                /** @description Not support */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/support/reviews/{id: [0-9]{1,18}}/hide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Hide a review
         * @description {reason} (required, shown to the author); it leaves the ratings.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["ModerationRequest"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReviewView"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/support/reviews/{id: [0-9]{1,18}}/reply/hide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Hide a review's reply
         * @description {reason} required.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["ModerationRequest"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReviewView"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/support/reviews/{id: [0-9]{1,18}}/reply/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Show a hidden reply again
         * @description {reason} optional.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["ModerationRequest"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReviewView"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/support/reviews/{id: [0-9]{1,18}}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Show a hidden review again
         * @description {reason} optional.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["ModerationRequest"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReviewView"];
                    };
                };
            };
        };
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
        AccountProfile: {
            displayName: string;
            email: string;
            emailVerified: boolean;
            id: number;
            roles: ("SHOPPER" | "SELLER" | "SUPPORT" | "ADMIN")[];
            shopSlug?: string | null;
        };
        Address: {
            city: string;
            country: string;
            line1: string;
            line2?: string | null;
            name: string;
            postalCode: string;
            region?: string | null;
        };
        AddToCartRequest: {
            productId: number;
            quantity: number;
        };
        AuthenticationOutcome: {
            /** @enum {string} */
            payment: "PLACED" | "PENDING" | "PAID" | "DECLINED";
        };
        AuthenticationRequest: {
            approved: boolean;
        };
        Availability: {
            available: number;
            canAddMore: boolean;
            held: number;
            /** Format: date-time */
            heldUntil: string | null;
            inCart: number;
        };
        CancelRequest: {
            reason?: string;
        };
        CartLine: {
            availableQuantity: number;
            cartItemId: number;
            image: string | null;
            price: number;
            productId: number;
            quantity: number;
            title: string;
        };
        CartQuantityRequest: {
            quantity: number;
        };
        CartShop: {
            items: components["schemas"]["CartLine"][];
            shipping?: components["schemas"]["ShippingQuote"] | null;
            shippingPolicy?: string | null;
            shopId: number;
            shopName: string;
            subtotal: number;
        };
        CartView: {
            country: string | null;
            itemCount: number;
            itemTotal: number;
            shippingTotal: number;
            shops: components["schemas"]["CartShop"][];
            total: number;
        };
        CategoryNode: {
            children: components["schemas"]["CategoryNode"][];
            id: number;
            name: string;
            slug: string;
        };
        CategoryNodeList: components["schemas"]["CategoryNode"][];
        CategoryRef: {
            id: number;
            name: string;
            slug: string;
        };
        ChallengeRequest: {
            challenge: string;
        };
        CheckoutAddress: {
            city: string;
            country: string;
            line1: string;
            line2?: string;
            name: string;
            postalCode: string;
            region?: string;
        };
        CheckoutPayment: {
            paymentMethodId: string;
        };
        CheckoutReceipt: {
            authentication?: components["schemas"]["PaymentAuthentication"] | null;
            checkoutId: string;
            itemTotal: number;
            orders: components["schemas"]["OrderSummary"][];
            payment: string;
            shippingTotal: number;
            success: boolean;
            total: number;
            totalPaid: number;
        };
        CheckoutRequest: {
            expectedTotal: number;
            payment: components["schemas"]["CheckoutPayment"];
            shippingAddress: components["schemas"]["CheckoutAddress"];
        };
        CodeRequest: {
            code: string;
        };
        CompletedSignIn: {
            /** Format: date-time */
            expiresAt: string;
            recoveryCodes: string[];
            token: string;
            user: components["schemas"]["AccountProfile"];
        };
        DayTotals: {
            /** Format: date */
            day: string;
            fees: number;
            payouts: number;
            refunds: number;
            sales: number;
        };
        DayTotalsList: components["schemas"]["DayTotals"][];
        DeliveryEstimate: {
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
        };
        EmailTokenRequest: {
            token: string;
        };
        ExperimentReport: {
            /** Format: date-time */
            from: string;
            /** Format: date-time */
            to: string;
            variants: components["schemas"]["VariantResult"][];
        };
        FacetCount: {
            doc_count: number;
            key: string;
        };
        FavoriteState: {
            favoriteCount: number;
            favorited: boolean;
        };
        FavoritesView: {
            products: components["schemas"]["ProductCard"][];
            shops: components["schemas"]["ShopCard"][];
        };
        FeedSection: {
            key?: string | null;
            products: components["schemas"]["ProductCard"][];
            reason?: string | null;
            title: string;
        };
        FeedView: {
            sections: components["schemas"]["FeedSection"][];
            /** @enum {string|null} */
            variant?: "A" | "B" | null;
        };
        HoldRequest: {
            country?: string;
        };
        HoldView: {
            cart: components["schemas"]["CartView"];
            /** Format: date-time */
            expiresAt: string;
            holdMinutes: number;
        };
        ImageOrderRequest: {
            imageIds: number[];
        };
        ImageView: {
            contentType?: string | null;
            height: number;
            id: number;
            position: number;
            thumbnailUrl?: string | null;
            url: string;
            width: number;
        };
        ImageViewList: components["schemas"]["ImageView"][];
        ListingCard: {
            /** Format: date-time */
            createdAt: string;
            handmade: boolean;
            id: number;
            price: number;
            quantity: number;
            status: string;
            thumbnailUrl?: string | null;
            title: string;
            vintage: boolean;
        };
        ListingCardPage: {
            items: components["schemas"]["ListingCard"][];
            page: number;
            pageSize: number;
            total: number;
            totalPages: number;
        };
        ListingRequest: {
            categoryId: number;
            description?: string;
            handmade?: boolean;
            materials?: string[];
            price: number;
            quantity: number;
            tags?: string[];
            title: string;
            vintage?: boolean;
        };
        LoginRequest: {
            email: string;
            password: string;
        };
        MailChoices: {
            reviewInvitations: boolean;
        };
        MailDeliveryView: {
            attempts: number;
            /** Format: date-time */
            createdAt: string;
            id: number;
            kind: string;
            lastError: string;
            recipient: string;
            /** Format: date-time */
            sentAt: string;
            status: string;
            subject: string;
            uncertain: boolean;
        };
        MailDeliveryViewList: components["schemas"]["MailDeliveryView"][];
        MailPreferencesRequest: {
            reviewInvitations: boolean;
        };
        ModerationRequest: {
            reason?: string;
        };
        Move: {
            /** Format: date-time */
            at: string;
            from?: string | null;
            note?: string | null;
            to: string;
        };
        NewPasswordRequest: {
            password: string;
            token: string;
        };
        Options: {
            available: boolean;
            provider: string;
            publishableKey: string;
        };
        OrderLineView: {
            itemId: number;
            lineTotal: number;
            productId: number;
            quantity: number;
            title: string;
            unitPrice: number;
        };
        OrderMoney: {
            fee: number;
            feeReturned: number;
            orderId: number;
            refunded: number;
            shopId: number;
            total: number;
        };
        OrderSummary: {
            id: number;
            items: components["schemas"]["OrderLineView"][];
            shipping: number;
            shopId: number;
            shopName: string;
            status: string;
            subtotal: number;
            total: number;
        };
        OrderView: {
            carrier?: string | null;
            checkoutId?: string | null;
            /** Format: date-time */
            createdAt: string;
            id: number;
            items: components["schemas"]["OrderLineView"][];
            shipping: number;
            shippingAddress?: components["schemas"]["Address"] | null;
            shopId: number;
            shopName: string;
            status: string;
            subtotal: number;
            timeline: components["schemas"]["Move"][];
            total: number;
            trackingNumber?: string | null;
        };
        OrderViewPage: {
            items: components["schemas"]["OrderView"][];
            page: number;
            pageSize: number;
            total: number;
            totalPages: number;
        };
        OwnerProofRequest: {
            code?: string;
            password?: string;
        };
        PasswordChangeRequest: {
            currentPassword: string;
            newPassword: string;
        };
        PasswordResetRequest: {
            email: string;
        };
        PaymentAuthentication: {
            clientSecret: string;
            provider: string;
        };
        Payout: {
            amount: number;
            /** Format: date-time */
            createdAt: string;
            id: number;
            /** Format: date */
            payoutDate: string;
            reference: string;
            shopId: number;
        };
        PayoutAccount: {
            accountId: string;
            /** Format: date-time */
            connectedAt: string;
            onboardingUrl: string;
            provider: string;
        };
        PayoutSummary: {
            account: components["schemas"]["PayoutAccount"];
            balance: components["schemas"]["ShopBalance"];
            feePercent: number;
            history: components["schemas"]["DayTotals"][];
            nextPayoutAmount: number;
            /** Format: date */
            nextPayoutDate: string;
            orders: components["schemas"]["OrderMoney"][];
            payouts: components["schemas"]["Payout"][];
        };
        PriceRequest: {
            price: number;
        };
        ProductCard: {
            category?: string | null;
            categoryName?: string | null;
            favoriteCount: number;
            id: number;
            image?: string | null;
            isHandmade: boolean;
            isVintage: boolean;
            price: number;
            quantity: number;
            shopName: string;
            shopSlug?: string | null;
            title: string;
        };
        ProductHit: {
            category?: string | null;
            categoryName?: string | null;
            id: number;
            image?: string | null;
            isHandmade: boolean;
            isVintage: boolean;
            price: number;
            quantity: number;
            rating: number;
            ratingCount: number;
            score?: number | null;
            shopName: string;
            shopSlug?: string | null;
            title: string;
        };
        ProductView: {
            category?: components["schemas"]["CategoryRef"] | null;
            /** Format: date-time */
            createdAt: string;
            description: string;
            handmade: boolean;
            id: number;
            images: components["schemas"]["ImageView"][];
            materials: string[];
            price: number;
            quantity: number;
            shop: components["schemas"]["ShopSummary"];
            status: string;
            tags: string[];
            title: string;
            /** Format: date-time */
            updatedAt: string;
            vintage: boolean;
        };
        QuantityRequest: {
            quantity: number;
        };
        Rate: {
            additionalItem: number;
            firstItem: number;
        };
        RatingSummary: {
            average: number;
            count: number;
            distribution: components["schemas"]["StarCount"][];
        };
        ReasonRequest: {
            reason: string;
        };
        RecoveryCodes: {
            recoveryCodes: string[];
        };
        RefundRequest: {
            amount?: number;
            reason: string;
        };
        RegisterRequest: {
            displayName: string;
            email: string;
            password: string;
        };
        Reply: {
            /** Format: date-time */
            createdAt: string;
            hiddenReason?: string | null;
            text: string;
            /** Format: date-time */
            updatedAt: string;
        };
        ReplyRequest: {
            text?: string;
        };
        ReviewRequest: {
            orderItemId?: number;
            stars: number;
            text?: string;
        };
        ReviewView: {
            author: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            editableUntil?: string | null;
            hiddenReason?: string | null;
            id: number;
            orderItemId: number;
            photo?: string | null;
            photoThumbnail?: string | null;
            productId: number;
            productTitle: string;
            reply?: components["schemas"]["Reply"] | null;
            shopId: number;
            shopName: string;
            stars: number;
            text: string;
            /** Format: date-time */
            updatedAt: string;
        };
        ReviewViewPage: {
            items: components["schemas"]["ReviewView"][];
            page: number;
            pageSize: number;
            total: number;
            totalPages: number;
        };
        RunSummary: {
            amount: number;
            /** Format: date */
            day: string;
            shopsPaid: number;
        };
        SearchFacets: {
            categories: components["schemas"]["FacetCount"][];
            priceRanges: components["schemas"]["FacetCount"][];
        };
        SearchResult: {
            correctedQuery?: string | null;
            facets: components["schemas"]["SearchFacets"];
            page: number;
            pageSize: number;
            products: components["schemas"]["ProductHit"][];
            total: number;
            totalPages: number;
        };
        SecondStepRequest: {
            challenge: string;
            code: string;
        };
        ShippingQuote: {
            amount: number | null;
            destinationCountry: string | null;
            estimatedDelivery: components["schemas"]["DeliveryEstimate"] | null;
            freeShippingRemaining: number | null;
            freeShippingThreshold: number | null;
            ships: boolean;
            shipsFrom: string | null;
        };
        ShippingRate: {
            additionalItem: number;
            firstItem: number;
        };
        ShippingRequest: {
            domestic: components["schemas"]["Rate"];
            freeDomesticThreshold?: number;
            international?: components["schemas"]["Rate"];
            originCountry: string;
            processingDaysMax: number;
            processingDaysMin: number;
        };
        ShippingSettings: {
            domestic: components["schemas"]["ShippingRate"] | null;
            freeDomesticThreshold: number | null;
            international: components["schemas"]["ShippingRate"] | null;
            originCountry: string | null;
            processingDaysMax: number | null;
            processingDaysMin: number | null;
        };
        ShipRequest: {
            carrier: string;
            trackingNumber: string;
        };
        ShopBalance: {
            available: number;
            balance: number;
            pending: number;
        };
        ShopCard: {
            favoriteCount: number;
            id: number;
            listingCount: number;
            location?: string | null;
            logoUrl?: string | null;
            name: string;
            slug: string;
            tagline?: string | null;
        };
        ShopRequest: {
            description?: string;
            location?: string;
            name: string;
            shippingPolicy?: string;
            slug?: string;
            tagline?: string;
        };
        ShopSummary: {
            id: number;
            location?: string | null;
            logoUrl?: string | null;
            name: string;
            rating?: number | null;
            ratingCount: number;
            salesCount: number;
            shippingPolicy?: string | null;
            slug: string;
        };
        ShopView: {
            bannerUrl?: string | null;
            description?: string | null;
            favoriteCount: number;
            id: number;
            listingCount: number;
            location?: string | null;
            logoUrl?: string | null;
            name: string;
            /** Format: date-time */
            openedAt?: string | null;
            rating?: number | null;
            ratingCount: number;
            salesCount: number;
            shipping?: components["schemas"]["ShippingSettings"] | null;
            shippingPolicy?: string | null;
            slug: string;
            status: string;
            tagline?: string | null;
        };
        SignedIn: {
            /** Format: date-time */
            expiresAt: string;
            token: string;
            user: components["schemas"]["AccountProfile"];
        };
        SimilarProducts: {
            products: components["schemas"]["ProductCard"][];
        };
        StarCount: {
            count: number;
            stars: number;
        };
        StatusAnswer: {
            status: string;
        };
        Suggestion: {
            id: number;
            text: string;
        };
        Suggestions: {
            suggestions: components["schemas"]["Suggestion"][];
        };
        TestMethod: {
            id: string;
            label: string;
            outcome: string;
        };
        TestMethodList: components["schemas"]["TestMethod"][];
        TotpEnrolment: {
            otpauthUri: string;
            secret: string;
        };
        TotpStatus: {
            enrolled: boolean;
            recoveryCodesLeft: number;
            required: boolean;
        };
        TrailEntry: {
            /** @enum {string} */
            account: "PROVIDER_CASH" | "MARKETPLACE_FEES" | "SHOP";
            amount: number;
            /** Format: date-time */
            at: string;
            kind: string;
            memo: string;
            reference: string;
            shopId: number;
        };
        TrailEntryList: components["schemas"]["TrailEntry"][];
        VariantResult: {
            addsToCart: number;
            clicks: number;
            clickThroughRate: number;
            favorites: number;
            impressions: number;
            shoppers: number;
            /** @enum {string} */
            variant: "A" | "B";
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
