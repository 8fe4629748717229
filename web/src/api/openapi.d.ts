/**
 * Generated from the Vigie API's OpenAPI document by `npm run gen:api`: do not edit by hand.
 * CI runs `npm run gen:api -- --check`; a presenter or route that changes its schema regenerates this file.
 */

export interface paths {
    "/api/actors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Entities the caller may read, by name; search by name or alias */
        get: {
            parameters: {
                query?: {
                    /** @description person, organisation, vehicle, vessel, phone, online_account, place, facility, weapon; comma-separated */
                    kind?: string;
                    limit?: number;
                    offset?: number | null;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of entities */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Actor"][];
                            next_offset: number | null;
                            total: number;
                        };
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Record an entity (analysts and above) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ActorInput"];
                };
            };
            responses: {
                /** @description The entity */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Actor"];
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/actors/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An entity with its relationships, incidents and detainee profile */
        get: {
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
                /** @description The entity */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ActorDetail"];
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change an entity (analysts and above) */
        patch: {
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
                    "application/json": components["schemas"]["ActorPatch"];
                };
            };
            responses: {
                /** @description The entity */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Actor"];
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/actors/{id}/detainee-profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A person's risk profile */
        get: {
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
                /** @description The profile */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Detainee"];
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** Record a new risk assessment of a person held at a facility (analysts and above) */
        put: {
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
                    "application/json": components["schemas"]["DetaineeProfileInput"];
                };
            };
            responses: {
                /** @description The profile */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Detainee"];
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not a person */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/actors/{id}/neighbours": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Entities within depth hops (at most 4 hops and 500 entities; `capped` says when cut) */
        get: {
            parameters: {
                query?: {
                    depth?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The neighbourhood */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Neighbourhood"];
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/admin/backup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A consistent backup of the whole store (gzip; restore with vigie restore FILE); administrators holding the backup permission */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The backup file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/gzip": string;
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/alert-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Alert rules (analysts and above) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Rules */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["AlertRule"][];
                        };
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Add a rule (supervisors and administrators) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AlertRuleInput"];
                };
            };
            responses: {
                /** @description The rule */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AlertRule"];
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/alert-rules/{id}": {
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
        /** Change a rule at the version read (supervisors and administrators) */
        patch: {
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
                    "application/json": components["schemas"]["AlertRulePatch"];
                };
            };
            responses: {
                /** @description The rule */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AlertRule"];
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Alerts the caller may read, newest first */
        get: {
            parameters: {
                query?: {
                    assignee?: "me" | string;
                    limit?: number;
                    offset?: number | null;
                    severity?: ("info" | "low" | "medium" | "high" | "critical")[];
                    state?: ("open" | "acknowledged" | "resolved" | "dismissed")[];
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of alerts */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Alert"][];
                            limit: number;
                            offset: number;
                            total: number;
                        };
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/alerts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An alert with its history, incidents and tasks */
        get: {
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
                /** @description The alert */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AlertDetail"];
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/alerts/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Acknowledge an alert */
        post: {
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
                    "application/json": components["schemas"]["AlertTransition"];
                };
            };
            responses: {
                /** @description The alert */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Alert"];
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/alerts/{id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assign an alert (null: unassign) */
        post: {
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
                    "application/json": components["schemas"]["AlertAssign"];
                };
            };
            responses: {
                /** @description The alert */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Alert"];
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/alerts/{id}/dismiss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Dismiss an alert (reason required) */
        post: {
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
                    "application/json": components["schemas"]["AlertTransition"];
                };
            };
            responses: {
                /** @description The alert */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Alert"];
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/alerts/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resolve an alert */
        post: {
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
                    "application/json": components["schemas"]["AlertTransition"];
                };
            };
            responses: {
                /** @description The alert */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Alert"];
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/articles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit a text (plain, HTML, RSS or Atom) with its title, address and outlet: its candidates join the review queue; a text or URL already stored returns the stored article */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ArticleSubmission"];
                };
            };
            responses: {
                /** @description All already stored: the stored articles */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: (components["schemas"]["Article"] & {
                                candidates: components["schemas"]["Candidate"][];
                                duplicate: boolean;
                            })[];
                        };
                    };
                };
                /** @description Stored, with candidates */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: (components["schemas"]["Article"] & {
                                candidates: components["schemas"]["Candidate"][];
                                duplicate: boolean;
                            })[];
                        };
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Already decided, or a stale version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/articles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An article with its text and candidates */
        get: {
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
                /** @description The article */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Article"] & {
                            candidates: components["schemas"]["Candidate"][];
                        };
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The newest audit events (supervisors and administrators) */
        get: {
            parameters: {
                query?: {
                    actor_id?: string;
                    before?: number | null;
                    limit?: number;
                    object_id?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Events, newest first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["AuditEvent"][];
                        };
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Check the hash chain of the audit trail */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description ok, or the first broken event */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AuditChainCheck"];
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in; sets an HttpOnly session cookie and returns the CSRF token to send with changes */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["Login"];
                };
            };
            responses: {
                /** @description Signed in */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Session"];
                    };
                };
                /** @description Wrong user name or password */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Account locked after repeated failures */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many failures from this address (Retry-After) */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out (ends the session) */
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
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user, and the CSRF token of the session */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The caller */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Session"];
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
    "/api/auth/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public: whether the install still needs its first account (and nothing else) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Setup state */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SetupState"];
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
    "/api/briefs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Archived briefs of the caller's organisation, newest first; q searches their text */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number | null;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of briefs */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["BriefSummary"][];
                            next_offset: number | null;
                            total: number;
                        };
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/briefs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An archived brief (format=html, md or pdf for the document) */
        get: {
            parameters: {
                query?: {
                    format?: "json" | "html" | "md" | "pdf";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The brief */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ArchivedBrief"];
                        "application/pdf": string;
                        "text/html": string;
                        "text/markdown": string;
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/briefs/brief.css": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The brief's stylesheet, for a page that shows a brief under a CSP without inline styles */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description CSS */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/css": string;
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
    "/api/briefs/generate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run the daily generation of a date now (supervisors and administrators); archives and publishes brief.published once per organisation */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        date: string;
                    };
                };
            };
            responses: {
                /** @description The briefs this call archived */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["BriefSummary"][];
                        };
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/briefs/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The brief of a date built now for the caller (only what the caller may read); not archived */
        get: {
            parameters: {
                query?: {
                    date?: string;
                    format?: "json" | "html" | "md" | "pdf";
                    lang?: "fr" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The brief: its data, Markdown and self-contained HTML */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LiveBrief"];
                        "application/pdf": string;
                        "text/html": string;
                        "text/markdown": string;
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Campaigns, newest first */
        get: {
            parameters: {
                query?: {
                    /** @description a date (YYYY-MM-DD) or a date-time */
                    from?: string;
                    limit?: number;
                    offset?: number | null;
                    /** @description active, confirmed, dismissed; comma-separated */
                    state?: string;
                    /** @description a date (YYYY-MM-DD) or a date-time */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Campaigns with at least one member you may read */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Campaign"][];
                            next_offset: number | null;
                        };
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/campaigns/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A campaign: members, the link graph with its reasons, its alarms and decisions */
        get: {
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
                /** @description The campaign */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CampaignDetail"];
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/campaigns/{id}/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm, dismiss, split, merge, or exclude an incident; later runs respect it */
        post: {
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
                    "application/json": components["schemas"]["CampaignDecision"];
                };
            };
            responses: {
                /** @description Recorded and applied */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cases the caller reads, most recently changed first (filter by state, q) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number | null;
                    /** @description words of the title or the reference */
                    q?: string;
                    state?: ("open" | "suspended" | "closed")[];
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of cases */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Case"][];
                            limit: number;
                            offset: number;
                            total: number;
                        };
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Open a case led by the caller's organisation */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CaseInput"];
                };
            };
            responses: {
                /** @description The case */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Case"];
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A case with the items, notes, evidence, tasks, members and history its reader may see */
        get: {
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
                /** @description The case */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CaseDetail"];
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change title, summary, state or marking at the version read */
        patch: {
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
                    "application/json": components["schemas"]["CasePatch"];
                };
            };
            responses: {
                /** @description The case */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Case"];
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/cases/{id}/access": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Share the case with another organisation, or stop (lead organisation only); items keep their own markings */
        post: {
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
                    "application/json": components["schemas"]["CaseShare"];
                };
            };
            responses: {
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/cases/{id}/assignees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The accounts of the caller's organisation a task of the case may be given to (those who may work the case) */
        get: {
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
                /** @description Accounts */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["TaskAssignee"][];
                        };
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/cases/{id}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload an evidence file: the raw body is the file, its Content-Type the media type, ?filename= its name (20 MiB at most) */
        post: {
            parameters: {
                query: {
                    description?: string;
                    filename: string;
                    /** @description default: the marking of the case */
                    marking?: "CLEAR" | "GREEN" | "AMBER" | "AMBER+STRICT" | "RED";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            /** @description the file itself, any media type */
            requestBody: {
                content: {
                    "application/octet-stream": string;
                };
            };
            responses: {
                /** @description The stored file with its SHA-256 */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CaseEvidence"];
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Larger than 20 MiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/cases/{id}/evidence/{evidenceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download an evidence file (its SHA-256 is checked first) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    evidenceId: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/cases/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The case file: format=html (printable report), stix (STIX 2.1 bundle) or manifest (evidence hashes); recorded as a dissemination */
        get: {
            parameters: {
                query?: {
                    format?: "html" | "stix" | "manifest";
                    lang?: "fr" | "en";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The export: the HTML report, the STIX bundle or the evidence manifest */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EvidenceManifest"];
                        "application/stix+json": components["schemas"]["StixBundleOut"];
                        "text/html": string;
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/cases/{id}/handover": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hand the case over to another organisation (lead organisation only) */
        post: {
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
                    "application/json": components["schemas"]["Handover"];
                };
            };
            responses: {
                /** @description The case after the handover */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Case"] & {
                            handover: {
                                at: string;
                                /** Format: uuid */
                                id: string;
                                keep_access: boolean;
                                to_org_id: string;
                            };
                        };
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/cases/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What happened to the case, oldest first */
        get: {
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
                /** @description History */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["CaseHistoryEntry"][];
                        };
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/cases/{id}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an incident, campaign or actor the caller may read */
        post: {
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
                    "application/json": components["schemas"]["CaseItem"];
                };
            };
            responses: {
                /** @description Whether it was added */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            added: boolean;
                        };
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/cases/{id}/items/{type}/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove an item from the case */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    itemId: string;
                    type: "incident" | "campaign" | "actor";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Removed */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a member (or change their role); their organisation must read the case */
        post: {
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
                    "application/json": components["schemas"]["CaseMember"];
                };
            };
            responses: {
                /** @description Set */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/cases/{id}/members/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a member */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    userId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Removed */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a note (marked like the case unless told) */
        post: {
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
                    "application/json": components["schemas"]["CaseNote"];
                };
            };
            responses: {
                /** @description The note */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CaseNoteView"];
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/cases/{id}/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a task to the case (worked through /api/tasks); its assignee is an account of your organisation that may work the case (audited) */
        post: {
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
                    "application/json": components["schemas"]["CaseTask"];
                };
            };
            responses: {
                /** @description The task */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CaseTaskView"];
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/compartment-grants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Compartment grants awaiting a second administrator */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Open proposals */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["CompartmentGrant"][];
                        };
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/compartment-grants/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a proposal (not its author, not the account it grants) */
        post: {
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
                /** @description The decided proposal */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CompartmentGrant"];
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/compartment-grants/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject a proposal */
        post: {
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
                /** @description The decided proposal */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CompartmentGrant"];
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/detainees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Profiled detainees, highest risk score first, with the reasons: for placement decisions */
        get: {
            parameters: {
                query?: {
                    facility?: string;
                    limit?: number;
                    min_score?: number | null;
                    offset?: number | null;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of detainees */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Detainee"][];
                            next_offset: number | null;
                            total: number;
                        };
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/disseminations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The dissemination log, per case or per recipient (supervisors see all; others what they released or received) */
        get: {
            parameters: {
                query?: {
                    case?: string;
                    limit?: number;
                    offset?: number | null;
                    /** @description an organisation id or name, a user id, a token id */
                    recipient?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of releases */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Dissemination"][];
                            limit: number;
                            offset: number;
                            total: number;
                        };
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/escorts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Escorts the caller may read, soonest first */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    limit?: number;
                    offset?: number | null;
                    state?: ("planned" | "in_progress" | "completed" | "cancelled")[];
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of escorts */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Escort"][];
                            limit: number;
                            offset: number;
                            total: number;
                        };
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Plan an escort (analysts and above); its risk is assessed at once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["EscortInput"];
                };
            };
            responses: {
                /** @description The escort */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Escort"];
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/escorts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An escort with its latest assessment */
        get: {
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
                /** @description The escort */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Escort"] & {
                            assessment: components["schemas"]["EscortAssessment"] | null;
                        };
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change an escort at the version read (analysts and above) */
        patch: {
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
                    "application/json": components["schemas"]["EscortPatch"];
                };
            };
            responses: {
                /** @description The escort */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Escort"];
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/escorts/{id}/assess": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assess the risk of an escort now (analysts and above) */
        post: {
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
                /** @description The assessment */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EscortAssessment"];
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/escorts/{id}/assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The assessment history of an escort, newest first */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number | null;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Assessments */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["EscortAssessment"][];
                            limit: number;
                            offset: number;
                        };
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/extract": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Read an article (text, HTML, RSS or Atom) and propose incidents and seizures, each field with its evidence */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ExtractRequest"];
                };
            };
            responses: {
                /** @description The extraction: one item per article, each with candidates and their evidence offsets */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ExtractionResult"];
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The text is longer than 1,000,000 characters */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The text was not read within the time budget (VIGIE_EXTRACT_BUDGET_MS) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/facilities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List or search facilities */
        get: {
            parameters: {
                query?: {
                    department?: string;
                    directorate?: string;
                    kind?: string;
                    limit?: number;
                    offset?: number | null;
                    /** @description name or alias, accents and case ignored; words may be prefixes */
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Facilities, best matches first when searching */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Facility"][];
                            total: number;
                        };
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/facilities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a facility */
        get: {
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
                /** @description The facility */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Facility"];
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/feeds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Configured feeds with their last poll */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Feeds */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Feed"][];
                        };
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Already configured */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Add a feed; only supervisors and administrators make one trusted */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["FeedInput"];
                };
            };
            responses: {
                /** @description The feed */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Feed"];
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Already configured */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/feeds/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a feed; its articles stay */
        delete: {
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
                /** @description Removed */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Already configured */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a feed: enable, disable, grades, interval, trust */
        patch: {
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
                    "application/json": components["schemas"]["FeedPatch"];
                };
            };
            responses: {
                /** @description The feed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Feed"];
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Already configured */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/feeds/{id}/poll": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Poll a feed now */
        post: {
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
                /** @description What the poll found */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            auto_accepted: number;
                            error: string | null;
                            feed: components["schemas"]["Feed"];
                            new: number;
                            seen: number;
                        };
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Already configured */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/fugitives": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The wanted list: the wanted first, then the recaptured */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number | null;
                    state?: "wanted" | "recaptured";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of records */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Fugitive"][];
                            limit: number;
                            offset: number;
                            total: number;
                        };
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Put a person on the wanted list (analysts and above) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["FugitiveInput"];
                };
            };
            responses: {
                /** @description The record */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Fugitive"];
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/fugitives/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A record with its sightings, history and links */
        get: {
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
                /** @description The record */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FugitiveDetail"];
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/fugitives/{id}/recapture": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close the record with the recapture (analysts and above) */
        post: {
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
                    "application/json": components["schemas"]["RecaptureInput"];
                };
            };
            responses: {
                /** @description The record */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Fugitive"];
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/fugitives/{id}/sightings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Report a sighting with a graded source (analysts and above) */
        post: {
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
                    "application/json": components["schemas"]["SightingInput"];
                };
            };
            responses: {
                /** @description The sighting */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FugitiveSighting"];
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/geo/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Simplified outlines of France for an offline basemap (GeoJSON) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    name: "metropole" | "regions" | "departements";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A FeatureCollection; properties code and nom */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/geo+json": {
                            features: {
                                geometry: {
                                    coordinates: unknown[];
                                    type: string;
                                };
                                properties: {
                                    [key: string]: unknown;
                                };
                                /** @enum {string} */
                                type: "Feature";
                            }[];
                            /** @enum {string} */
                            type: "FeatureCollection";
                        };
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/graph/paths": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** All shortest paths between two entities (at most 10, within 6 hops) */
        get: {
            parameters: {
                query: {
                    from: string;
                    to: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Paths */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Paths"];
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/graph/shared": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Entities two campaigns share, with the reason */
        get: {
            parameters: {
                query: {
                    /** @description two campaign ids: A,B */
                    campaigns: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Shared entities */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            campaigns: string[];
                            items: {
                                actor: components["schemas"]["ActorRef"];
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The server is up; which store it uses and its version (no sign-in) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Up */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok";
                            /** @enum {string} */
                            store: "pglite" | "postgres";
                            version: string;
                        };
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
    "/api/import-jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Import jobs, newest first: yours, or all for administrators and supervisors */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number | null;
                    /** @description queued, running, done, failed, cancelled; comma-separated */
                    state?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of jobs */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["ImportJob"][];
                            limit: number;
                            offset: number;
                            total: number;
                        };
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The job is not queued */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The file is over the limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unknown format */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Queue a CSV, JSON or NDJSON file of incidents or seizures for import in the background (202) */
        post: {
            parameters: {
                query?: {
                    /** @description default: from the file name, the Content-Type, then sniffed */
                    format?: "json" | "ndjson" | "csv";
                    kind?: "incident" | "seizure";
                    /** @description the file name, shown in the list */
                    name?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description The file itself: a JSON array, NDJSON (one object a line) or CSV (`,` between fields, `;` inside lists, dotted names for nested fields) */
            requestBody: {
                content: {
                    "application/json": string;
                    "application/x-ndjson": string;
                    "text/csv": string;
                };
            };
            responses: {
                /** @description The queued job */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportJob"];
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The job is not queued */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The file is over the limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unknown format */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/import-jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An import job with its progress, counts and problems */
        get: {
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
                /** @description The job */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportJob"];
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The job is not queued */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The file is over the limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unknown format */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/import-jobs/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a job still queued */
        post: {
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
                /** @description The cancelled job */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportJob"];
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The job is not queued */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The file is over the limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unknown format */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/incidents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List incidents, newest first, with filters and cursor pagination */
        get: {
            parameters: {
                query?: {
                    /** @description minLon,minLat,maxLon,maxLat */
                    bbox?: string;
                    /** @description next_cursor of the previous page */
                    cursor?: string;
                    /** @description department codes; several values separated by commas */
                    department?: string;
                    /** @description directorate codes (DISP); several values separated by commas */
                    directorate?: string;
                    /** @description event types: gunfire, arson, vehicle_arson, attempted_arson, explosive, graffiti, threat, doxxing, assault_on_staff, drone_drop, projection, intrusion, escape, escape_attempt, transport_ambush, riot, contraband_found, other; several values separated by commas */
                    event_type?: string;
                    /** @description facility ids; several values separated by commas */
                    facility?: string;
                    /** @description incidents whose interval ends after this date or date-time */
                    from?: string;
                    /** @description incident ids (at most 500): a selection, e.g. to export it; several values separated by commas */
                    ids?: string;
                    limit?: number;
                    /** @description signatures, matched on their normalised form ("D.D.P.F" finds "ddpf"); several values separated by commas */
                    signature?: string;
                    /** @description occurred (when it happened), recorded, updated or status; a leading - sorts descending */
                    sort?: "-occurred" | "occurred" | "-recorded" | "recorded" | "-updated" | "updated" | "status" | "-status";
                    /** @description statuses: reported, verified, refuted, duplicate; several values separated by commas */
                    status?: string;
                    /** @description target kinds: facility, staff_vehicle, staff_home, staff_person, transport, court, training_school, other; several values separated by commas */
                    target_kind?: string;
                    /** @description incidents whose interval starts before this date or date-time */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of incidents */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Incident"][];
                            next_cursor: string | null;
                            /** @description matches, exact up to 10,000 */
                            total: number;
                            /** @description true when more than 10,000 match (total is then 10,000) */
                            total_capped: boolean;
                        };
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Record an incident */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["IncidentInput"];
                };
            };
            responses: {
                /** @description The incident as stored */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Incident"];
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description external_id already stored */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/incidents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read an incident */
        get: {
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
                /** @description The incident */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Incident"];
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change an incident (send the version you read) */
        patch: {
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
                    "application/json": components["schemas"]["IncidentPatch"];
                };
            };
            responses: {
                /** @description The incident after the change */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Incident"];
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Changed by someone else since you read it */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/incidents/{id}/actors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The entities an incident involves, with their roles */
        get: {
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
                /** @description Roles */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IncidentActors"];
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** Involve an entity in an incident with a role (analysts and above) */
        put: {
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
                    "application/json": components["schemas"]["IncidentActor"];
                };
            };
            responses: {
                /** @description Roles */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IncidentActors"];
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        /** Remove an entity's role from an incident (analysts and above) */
        delete: {
            parameters: {
                query: {
                    actor_id: string;
                    role: "suspect" | "claimed" | "target" | "victim" | "used" | "seen";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Roles */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IncidentActors"];
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/incidents/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The changes of an incident, oldest first: who, when, which fields before and after, why */
        get: {
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
                /** @description The history */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["IncidentChange"][];
                        };
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/incidents/{id}/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The links of an incident, strongest first, with their evidence */
        get: {
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
                /** @description Links to incidents you may read */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: (components["schemas"]["IncidentLink"] & {
                                other: {
                                    commune: string | null;
                                    event_types: string[];
                                    facility_id: string | null;
                                    facility_name: string | null;
                                    /** Format: uuid */
                                    id: string;
                                    occurred_start: string;
                                };
                            })[];
                        };
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/incidents/bulk/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set one status on several incidents, each at the version read; says per incident what happened */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["IncidentBulkStatus"];
                };
            };
            responses: {
                /** @description One outcome per incident (refused: a stale version, not readable, not allowed...) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            results: {
                                code?: string;
                                id: string;
                                message?: string;
                                /** @enum {string} */
                                outcome: "updated" | "unchanged" | "refused";
                                version?: number;
                            }[];
                        };
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/incidents/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the incidents matching the filters (JSON, NDJSON and CSV re-import as they are) */
        get: {
            parameters: {
                query?: {
                    /** @description minLon,minLat,maxLon,maxLat */
                    bbox?: string;
                    /** @description department codes; several values separated by commas */
                    department?: string;
                    /** @description directorate codes (DISP); several values separated by commas */
                    directorate?: string;
                    /** @description event types: gunfire, arson, vehicle_arson, attempted_arson, explosive, graffiti, threat, doxxing, assault_on_staff, drone_drop, projection, intrusion, escape, escape_attempt, transport_ambush, riot, contraband_found, other; several values separated by commas */
                    event_type?: string;
                    /** @description facility ids; several values separated by commas */
                    facility?: string;
                    format?: "json" | "ndjson" | "csv" | "geojson";
                    /** @description incidents whose interval ends after this date or date-time */
                    from?: string;
                    /** @description incident ids (at most 500): a selection, e.g. to export it; several values separated by commas */
                    ids?: string;
                    /** @description signatures, matched on their normalised form ("D.D.P.F" finds "ddpf"); several values separated by commas */
                    signature?: string;
                    /** @description statuses: reported, verified, refuted, duplicate; several values separated by commas */
                    status?: string;
                    /** @description target kinds: facility, staff_vehicle, staff_home, staff_person, transport, court, training_school, other; several values separated by commas */
                    target_kind?: string;
                    /** @description incidents whose interval starts before this date or date-time */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The file, streamed: JSON and NDJSON records as the import reads them, CSV, GeoJSON */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/geo+json": {
                            features: components["schemas"]["IncidentFeature"][];
                            /** @enum {string} */
                            type: "FeatureCollection";
                        };
                        "application/json": {
                            [key: string]: unknown;
                        }[];
                        "application/x-ndjson": string;
                        "text/csv": string;
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/incidents/geojson": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Incidents as GeoJSON points for a map (at most 10000) */
        get: {
            parameters: {
                query?: {
                    /** @description minLon,minLat,maxLon,maxLat */
                    bbox?: string;
                    /** @description department codes; several values separated by commas */
                    department?: string;
                    /** @description directorate codes (DISP); several values separated by commas */
                    directorate?: string;
                    /** @description event types: gunfire, arson, vehicle_arson, attempted_arson, explosive, graffiti, threat, doxxing, assault_on_staff, drone_drop, projection, intrusion, escape, escape_attempt, transport_ambush, riot, contraband_found, other; several values separated by commas */
                    event_type?: string;
                    /** @description facility ids; several values separated by commas */
                    facility?: string;
                    /** @description incidents whose interval ends after this date or date-time */
                    from?: string;
                    /** @description incident ids (at most 500): a selection, e.g. to export it; several values separated by commas */
                    ids?: string;
                    /** @description signatures, matched on their normalised form ("D.D.P.F" finds "ddpf"); several values separated by commas */
                    signature?: string;
                    /** @description statuses: reported, verified, refuted, duplicate; several values separated by commas */
                    status?: string;
                    /** @description target kinds: facility, staff_vehicle, staff_home, staff_person, transport, court, training_school, other; several values separated by commas */
                    target_kind?: string;
                    /** @description incidents whose interval starts before this date or date-time */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Points with their main properties */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            features: components["schemas"]["IncidentFeature"][];
                            truncated: boolean;
                            /** @enum {string} */
                            type: "FeatureCollection";
                        };
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/incidents/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import a CSV, JSON or NDJSON file of incidents: all or nothing, idempotent by external_id */
        post: {
            parameters: {
                query?: {
                    /** @description default: from Content-Type, then sniffed */
                    format?: "json" | "ndjson" | "csv";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description The file itself: a JSON array, NDJSON (one object a line) or CSV (`,` between fields, `;` inside lists, dotted names for nested fields) */
            requestBody: {
                content: {
                    "application/json": string;
                    "application/x-ndjson": string;
                    "text/csv": string;
                };
            };
            responses: {
                /** @description Every row was stored or already present */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportResult"];
                    };
                };
                /** @description The file was refused and nothing written; details name each row, field and problem */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/incidents/map": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The incident map at a zoom level: below 9, clusters with counts by class computed by the store; from 9, the points of the viewport (bbox) */
        get: {
            parameters: {
                query?: {
                    /** @description minLon,minLat,maxLon,maxLat */
                    bbox?: string;
                    /** @description department codes; several values separated by commas */
                    department?: string;
                    /** @description directorate codes (DISP); several values separated by commas */
                    directorate?: string;
                    /** @description event types: gunfire, arson, vehicle_arson, attempted_arson, explosive, graffiti, threat, doxxing, assault_on_staff, drone_drop, projection, intrusion, escape, escape_attempt, transport_ambush, riot, contraband_found, other; several values separated by commas */
                    event_type?: string;
                    /** @description facility ids; several values separated by commas */
                    facility?: string;
                    /** @description incidents whose interval ends after this date or date-time */
                    from?: string;
                    /** @description incident ids (at most 500): a selection, e.g. to export it; several values separated by commas */
                    ids?: string;
                    /** @description signatures, matched on their normalised form ("D.D.P.F" finds "ddpf"); several values separated by commas */
                    signature?: string;
                    /** @description statuses: reported, verified, refuted, duplicate; several values separated by commas */
                    status?: string;
                    /** @description target kinds: facility, staff_vehicle, staff_home, staff_person, transport, court, training_school, other; several values separated by commas */
                    target_kind?: string;
                    /** @description incidents whose interval starts before this date or date-time */
                    to?: string;
                    /** @description the map zoom level (5: France; 9: a city) */
                    zoom?: number | null;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Clusters or points */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IncidentMapView"];
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/mail-subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** E-mail subscriptions of your organisation */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Subscriptions */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["MailSubscription"][];
                        };
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Supervisors and administrators only */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Send events by e-mail to an address */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["MailSubscriptionInput"];
                };
            };
            responses: {
                /** @description The subscription */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MailSubscription"];
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Supervisors and administrators only */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/mail-subscriptions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove an e-mail subscription */
        delete: {
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
                /** @description Removed */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Supervisors and administrators only */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your notifications, newest first: the events you may read, with whether you read them */
        get: {
            parameters: {
                query?: {
                    /** @description the next_before of the previous page */
                    before?: number;
                    limit?: number;
                    unread?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of notifications */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Notification"][];
                            next_before: number | null;
                            total: number;
                        };
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/notifications/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark notifications read: { ids: [...] } or { all: true } */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["MarkRead"];
                };
            };
            responses: {
                /** @description { unread }: what remains unread */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            unread: number;
                        };
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/notifications/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many of your notifications are unread */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description { unread } */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            unread: number;
                        };
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Organisations and whom each shares its AMBER records with */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Organisations */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Organisation"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add an organisation (administrators) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewOrganisation"];
                };
            };
            responses: {
                /** @description The organisation */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Organisation"];
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/organisations/{id}/shares": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Share (or stop sharing) this organisation's AMBER records with a partner */
        put: {
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
                    "application/json": {
                        partner: string;
                        shared: boolean;
                    };
                };
            };
            responses: {
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/playbooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Playbooks and their task templates */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Playbooks */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Playbook"][];
                        };
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
    "/api/posture": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The current level of every scope that has one, and pending proposals */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Posture */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: components["schemas"]["Posture"][];
                            proposed: components["schemas"]["Posture"][];
                        };
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Set a level with a reason and an expiry (supervisors and administrators) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PostureInput"];
                };
            };
            responses: {
                /** @description The level */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Posture"];
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/posture/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept a proposed level (supervisors and administrators) */
        post: {
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
                    "application/json": components["schemas"]["PostureDecision"];
                };
            };
            responses: {
                /** @description The level */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Posture"];
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/posture/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject a proposed level (supervisors and administrators) */
        post: {
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
                    "application/json": components["schemas"]["PostureDecision"];
                };
            };
            responses: {
                /** @description The level */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Posture"];
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/posture/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every level set, proposed, superseded, expired or rejected */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number | null;
                    scope?: "national" | "directorate" | "site";
                    scope_id?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description History */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Posture"][];
                        };
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/reference": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Vocabularies and the administrative geography */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every closed list Vigie accepts */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Reference"];
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
    "/api/relationships": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Relate two entities (analysts and above) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RelationshipInput"];
                };
            };
            responses: {
                /** @description The relationship */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Relationship"];
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/relationships/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a relationship (analysts and above) */
        delete: {
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
                /** @description Removed */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The review queue, newest first */
        get: {
            parameters: {
                query?: {
                    /** @description candidates of this article */
                    article?: string;
                    /** @description candidates from this feed */
                    feed?: string;
                    kind?: "incident" | "seizure";
                    limit?: number;
                    offset?: number | null;
                    /** @description pending, accepted, merged, rejected; comma-separated (default: all) */
                    status?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of candidates */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["QueueItem"][];
                            next_offset: number | null;
                            total: number;
                        };
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Submit a text (plain, HTML, RSS or Atom) with its title, address and outlet: its candidates join the review queue; a text or URL already stored returns the stored article */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ArticleSubmission"];
                };
            };
            responses: {
                /** @description All already stored: the stored articles */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: (components["schemas"]["Article"] & {
                                candidates: components["schemas"]["Candidate"][];
                                duplicate: boolean;
                            })[];
                        };
                    };
                };
                /** @description Stored, with candidates */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: (components["schemas"]["Article"] & {
                                candidates: components["schemas"]["Candidate"][];
                                duplicate: boolean;
                            })[];
                        };
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Already decided, or a stale version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/review/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A candidate beside its article, with the incidents it may be (same facility and night first) */
        get: {
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
                /** @description The candidate */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CandidateDetail"];
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/review/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept: create the incident or seizure (as proposed, or as edited in `draft`) with the article as its source */
        post: {
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
                    "application/json": components["schemas"]["AcceptCandidate"];
                };
            };
            responses: {
                /** @description The candidate after the decision */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Candidate"];
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Already decided, or a stale version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/review/{id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Merge into an existing incident: the article becomes one more source of it */
        post: {
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
                    "application/json": components["schemas"]["MergeCandidate"];
                };
            };
            responses: {
                /** @description The candidate after the decision */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Candidate"];
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Already decided, or a stale version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/review/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject, saying why */
        post: {
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
                    "application/json": components["schemas"]["RejectCandidate"];
                };
            };
            responses: {
                /** @description The candidate after the decision */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Candidate"];
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Already decided, or a stale version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/review/{id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Put a rejected candidate back in the queue */
        post: {
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
                    "application/json": components["schemas"]["ReopenCandidate"];
                };
            };
            responses: {
                /** @description The candidate after the decision */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Candidate"];
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Already decided, or a stale version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/risk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per-site risk for the next 72 hours or 7 days, ranked, with reasons counted from what you may read (read from the ranking the detection stores; an instant it does not cover is computed) */
        get: {
            parameters: {
                query?: {
                    /** @description a date (YYYY-MM-DD) or a date-time */
                    at?: string;
                    /** @description hours */
                    horizon?: "72" | "168";
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Sites, most at risk first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RiskForecast"];
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/seizures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List seizures, newest first */
        get: {
            parameters: {
                query?: {
                    /** @description cocaine, cannabis, heroin, synthetic, other; comma-separated */
                    drug?: string;
                    from?: string;
                    limit?: number;
                    offset?: number | null;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of seizures */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Seizure"][];
                            next_offset: number | null;
                            total: number;
                        };
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Record a seizure */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SeizureInput"];
                };
            };
            responses: {
                /** @description The seizure as stored */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Seizure"];
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description external_id already stored */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/seizures/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a seizure */
        get: {
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
                /** @description The seizure */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Seizure"];
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/seizures/facts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The seizures behind the totals, oldest first, with vessel and linked organisation (format=csv: all of them) */
        get: {
            parameters: {
                query?: {
                    /** @description ISO country codes, comma-separated (FR, EC ...) */
                    country?: string;
                    /** @description cocaine, cannabis, heroin, synthetic, other; comma-separated */
                    drug?: string;
                    format?: "json" | "csv";
                    from?: string;
                    limit?: number;
                    offset?: number | null;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of seizures */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["SeizureFact"][];
                            next_offset: number | null;
                            total: number;
                        };
                        "text/csv": string;
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/seizures/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import a CSV, JSON or NDJSON file of seizures: all or nothing, idempotent by external_id */
        post: {
            parameters: {
                query?: {
                    format?: "json" | "ndjson" | "csv";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description The file itself: a JSON array, NDJSON (one object a line) or CSV (`,` between fields, `;` inside lists, dotted names for nested fields) */
            requestBody: {
                content: {
                    "application/json": string;
                    "application/x-ndjson": string;
                    "text/csv": string;
                };
            };
            responses: {
                /** @description Every row was stored or already present */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportResult"];
                    };
                };
                /** @description Refused; nothing written */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/seizures/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Seizure totals by drug, Paris month, directorate, agency or route (format=csv for a file) */
        get: {
            parameters: {
                query?: {
                    /** @description ISO country codes, comma-separated (FR, EC ...) */
                    country?: string;
                    /** @description cocaine, cannabis, heroin, synthetic, other; comma-separated */
                    drug?: string;
                    format?: "json" | "csv";
                    from?: string;
                    group_by?: "drug" | "month" | "directorate" | "agency" | "route";
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Totals per group, in kilograms */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SeizureTotals"];
                        "text/csv": string;
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/seizures/ytd": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Year-to-date on a date against the same period of the previous year (Europe/Paris), with its sentence */
        get: {
            parameters: {
                query?: {
                    /** @description the last day counted (default: today in Paris) */
                    date?: string;
                    drug?: "cocaine" | "cannabis" | "heroin" | "synthetic" | "other";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The two periods, their totals, the ratio and the sentence */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SeizureYearToDate"];
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/signature-aliases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The alias table analysts edit */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Aliases */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                alias: string;
                                canonical: string;
                                note: string | null;
                            }[];
                        };
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** Read ALIAS as CANONICAL when linking (e.g. DDPM as DDPF) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        alias: string;
                        canonical: string;
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Saved; links recomputed */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/signature-aliases/{alias}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove an alias */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    alias: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Removed */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/source-register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The source register: each outlet's default grade and kind */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Outlets */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Outlet"][];
                        };
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Add an outlet (supervisors and administrators) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["OutletInput"];
                };
            };
            responses: {
                /** @description The outlet */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Outlet"];
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Already in the register, or a stale version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/source-register/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One outlet */
        get: {
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
                /** @description The outlet */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Outlet"];
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Remove an outlet: its reports are F (cannot be judged) until graded */
        delete: {
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
                /** @description Removed */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Already in the register, or a stale version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change an outlet's grade, kind or names; applies to sources graded from now on */
        patch: {
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
                    "application/json": components["schemas"]["OutletPatch"];
                };
            };
            responses: {
                /** @description The outlet */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Outlet"];
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Already in the register, or a stale version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/stix/bundle": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A STIX 2.1 bundle of a campaign or of the incidents since a date (what you may read; never the STAFF compartment) */
        get: {
            parameters: {
                query?: {
                    /** @description a campaign key or id: the campaign and the members you may read */
                    campaign?: string;
                    /** @description true: leave out the OASIS TLP marking definitions, as STIX interop mode asks */
                    interop?: "true" | "false";
                    /** @description incidents ending after this date */
                    since?: string | null;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description STIX 2.1 bundle */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StixBundleOut"];
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Import the incidents of a STIX 2.1 bundle: all or none, importing twice changes nothing */
        post: {
            parameters: {
                query?: {
                    /** @description true: store the valid incidents and report each refused object, instead of refusing the whole bundle */
                    partial?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["StixBundle"];
                };
            };
            responses: {
                /** @description What the import did: counts, objects kept, attached and ignored by type, refused objects */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StixImportResult"];
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Live events you may read, as server-sent events (id: the stream sequence; send Last-Event-ID to resume); a comment line every 15 s keeps it open */
        get: {
            parameters: {
                query?: {
                    /** @description resume after this sequence (for clients that cannot send the Last-Event-ID header) */
                    last_event_id?: number | null;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description text/event-stream */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tasks the caller may read: filter by state, assignee=me, org=mine, overdue=true, alert_id */
        get: {
            parameters: {
                query?: {
                    alert_id?: string;
                    assignee?: "me" | string;
                    limit?: number;
                    offset?: number | null;
                    org?: "mine" | string;
                    overdue?: "true" | "false";
                    state?: ("open" | "in_progress" | "done" | "cancelled")[];
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of tasks */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Task"][];
                            limit: number;
                            offset: number;
                            total: number;
                        };
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/tasks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A task with its comments */
        get: {
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
                /** @description The task */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Task"] & {
                            comments: components["schemas"]["TaskComment"][];
                        };
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change state, assignee (an account of your organisation that may work the task; audited) or due time at the version read (analysts and above) */
        patch: {
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
                    "application/json": components["schemas"]["TaskPatch"];
                };
            };
            responses: {
                /** @description The task */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Task"];
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/tasks/{id}/assignees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The accounts of the caller's organisation the task may be given to (those who may work it) */
        get: {
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
                /** @description Accounts */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["TaskAssignee"][];
                        };
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/tasks/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Comment on a task (analysts and above) */
        post: {
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
                    "application/json": components["schemas"]["TaskCommentInput"];
                };
            };
            responses: {
                /** @description The comment */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TaskComment"];
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your API tokens (all of them with ?all=true, administrators) */
        get: {
            parameters: {
                query?: {
                    all?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Tokens */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["ApiToken"][];
                        };
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Create an API token: the secret is shown once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewToken"];
                };
            };
            responses: {
                /** @description The token, shown once */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            info: components["schemas"]["ApiToken"];
                            token: string;
                        };
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API token */
        delete: {
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
                /** @description Revoked */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List accounts (administrators) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Accounts */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["User"][];
                        };
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Add an account; a generated password is returned once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewUser"];
                };
            };
            responses: {
                /** @description The account */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            password?: string;
                            /** @description compartments asked for, now awaiting a second administrator */
                            proposed_compartments: string[];
                            user: components["schemas"]["User"];
                        };
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/users/{id}": {
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
        /** Change an account: role, organisation, compartments, disable, unlock, reset password */
        patch: {
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
                    "application/json": components["schemas"]["UserChange"];
                };
            };
            responses: {
                /** @description The account */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            password?: string;
                            user: components["schemas"]["User"];
                        };
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/users/{id}/compartment-grants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Propose granting a compartment to an account; another administrator approves it */
        post: {
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
                    "application/json": components["schemas"]["CompartmentProposal"];
                };
            };
            responses: {
                /** @description The proposal */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CompartmentGrant"];
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/watchlist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Watched signatures (analysts and above) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Entries */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["WatchEntry"][];
                        };
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Watch a tag, plate, phone or handle (supervisors and administrators) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["WatchInput"];
                };
            };
            responses: {
                /** @description The entry */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WatchEntry"];
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/watchlist/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Stop watching (supervisors and administrators) */
        delete: {
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
                /** @description Removed */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/waves": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Wave alarms with their significance; each stands until a person ends it */
        get: {
            parameters: {
                query?: {
                    /** @description a date (YYYY-MM-DD) or a date-time */
                    from?: string;
                    limit?: number;
                    max_p?: number | null;
                    state?: "standing" | "ended";
                    /** @description a date (YYYY-MM-DD) or a date-time */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Alarms resting only on incidents you may read */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["WaveAlarm"][];
                        };
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/waves/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A wave alarm with its life: updates by later evidence, and its end */
        get: {
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
                /** @description The alarm */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WaveAlarm"];
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/waves/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End a standing wave alarm, with a reason (audited); only a person ends an alarm */
        post: {
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
                    "application/json": components["schemas"]["WaveAlarmEnd"];
                };
            };
            responses: {
                /** @description The ended alarm */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WaveAlarm"];
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Stale state or version */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Webhooks of your organisation (all of them for administrators) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Webhooks */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Webhook"][];
                        };
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Supervisors and administrators only */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Add a webhook: its signing secret is shown once, here */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["WebhookInput"];
                };
            };
            responses: {
                /** @description The signing secret and the webhook */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description shown once, here */
                            secret: string;
                            webhook: components["schemas"]["Webhook"];
                        };
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Supervisors and administrators only */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a webhook and its deliveries */
        delete: {
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
                /** @description Removed */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Supervisors and administrators only */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a webhook: name, address, filters, enabled */
        patch: {
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
                    "application/json": components["schemas"]["WebhookPatch"];
                };
            };
            responses: {
                /** @description The webhook */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Webhook"];
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Supervisors and administrators only */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The latest deliveries of a webhook with every attempt */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    state?: "pending" | "delivered" | "dead";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deliveries */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["WebhookDelivery"][];
                        };
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Supervisors and administrators only */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/webhooks/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a ping event to the webhook now */
        post: {
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
                /** @description The test delivery queued */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            delivery_id: string;
                        };
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Supervisors and administrators only */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/webhooks/deliveries/{id}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a dead (or delivered) delivery again */
        post: {
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
                /** @description The delivery, pending again */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attempts: number;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            state: "pending" | "delivered" | "dead";
                        };
                    };
                };
                /** @description Invalid input: details name each field (and row, for imports) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Supervisors and administrators only */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
        AcceptCandidate: {
            /** @description the edited incident or seizure; the article is added as its source */
            draft?: {
                [key: string]: unknown;
            };
            /** @description the source's Admiralty grade set by the analyst (e.g. "B2"); it overrides the source register */
            grade?: string;
            /** @description the candidate version you read; a stale one gets 409 */
            version?: number;
        };
        Actor: components["schemas"]["ActorRef"] & {
            aliases: string[];
            attributes: {
                [key: string]: string | number | boolean | null;
            };
            compartments: string[];
            created_at: string;
            description: string | null;
            facility: {
                id: string;
                name: string;
            } | null;
            marking: components["schemas"]["Marking"];
            updated_at: string;
            version: number;
        };
        ActorDetail: components["schemas"]["Actor"] & {
            detainee_profile: components["schemas"]["DetaineeProfile"];
            incidents: {
                incident: {
                    description: string | null;
                    event_types: string[];
                    facility: {
                        id: string;
                        name: string;
                    } | null;
                    /** Format: uuid */
                    id: string;
                    occurred_start: string;
                    signatures: string[];
                };
                role: string;
            }[];
            relationships: (components["schemas"]["Relationship"] & {
                /** @enum {string} */
                direction: "in" | "out";
                other: components["schemas"]["ActorRef"];
            })[];
        };
        ActorInput: {
            /** @default [] */
            aliases?: string[];
            /**
             * @description kind-specific identifiers, e.g. {"plate": "AB-123-CD"} for a vehicle, {"imo": "9387421"} for a vessel
             * @default {}
             */
            attributes?: {
                [key: string]: string | number | boolean | null;
            };
            /**
             * @description a record in a compartment is readable only by users who hold it
             * @default []
             */
            compartments?: "STAFF"[];
            description?: string;
            /** @description for a facility entity: the reference site (id, name or alias) */
            facility?: string;
            /** @enum {string} */
            kind: "person" | "organisation" | "vehicle" | "vessel" | "phone" | "online_account" | "place" | "facility" | "weapon";
            /**
             * @description TLP 2.0: CLEAR and GREEN for every user, AMBER for the owner and the organisations it shares with, AMBER+STRICT for the owner, RED for its author and the owner's supervisors
             * @default AMBER
             * @enum {string}
             */
            marking?: "CLEAR" | "GREEN" | "AMBER" | "AMBER+STRICT" | "RED";
            name: string;
            /** @description for an organisation: gang, cartel, group, agency; free otherwise */
            subkind?: string;
        };
        ActorPatch: {
            aliases?: string[];
            /** @description kind-specific identifiers, e.g. {"plate": "AB-123-CD"} for a vehicle, {"imo": "9387421"} for a vessel */
            attributes?: {
                [key: string]: string | number | boolean | null;
            };
            compartments?: "STAFF"[];
            description?: string | null;
            /** @enum {string} */
            marking?: "CLEAR" | "GREEN" | "AMBER" | "AMBER+STRICT" | "RED";
            name?: string;
            /** @description for an organisation: gang, cartel, group, agency; free otherwise */
            subkind?: string;
            /** @description the version read; refused with 409 when it changed since */
            version?: number;
        };
        ActorRef: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "person" | "organisation" | "vehicle" | "vessel" | "phone" | "online_account" | "place" | "facility" | "weapon";
            name: string;
            subkind: string | null;
        };
        Alert: {
            /** Format: date-time */
            ack_due_at: string | null;
            /** Format: date-time */
            acknowledged_at: string | null;
            assignee_id: string | null;
            campaign_id: string | null;
            /** Format: date-time */
            closed_at: string | null;
            escalation_level: number;
            explanation: string;
            id: string;
            incident_count: number;
            kind: string;
            marking: components["schemas"]["Marking"];
            /** Format: date-time */
            opened_at: string;
            rule_id: string;
            /** @enum {string} */
            severity: "info" | "low" | "medium" | "high" | "critical";
            sites: string[];
            /** @enum {string} */
            state: "open" | "acknowledged" | "resolved" | "dismissed";
            state_reason: string | null;
            title: string;
            title_en: string;
            /** Format: date-time */
            updated_at: string;
            version: number;
            words: components["schemas"]["AlertWords"] | null;
        };
        AlertAssign: {
            /** Format: uuid */
            assignee_id: string | null;
            version?: number;
        };
        AlertDetail: components["schemas"]["Alert"] & {
            hidden_incidents: number;
            history: components["schemas"]["AlertHistoryEntry"][];
            incident_ids: string[];
            incidents: components["schemas"]["IncidentSummary"][];
            tasks: components["schemas"]["Task"][];
        };
        AlertHistoryEntry: {
            action: string;
            actor: string;
            actor_id: string | null;
            /** Format: date-time */
            at: string;
            details: {
                [key: string]: unknown;
            };
        };
        AlertRule: {
            ack_minutes: number;
            enabled: boolean;
            escalation: {
                after_minutes: number;
                /** @enum {string} */
                notify: "analyst" | "supervisor" | "admin";
            }[];
            id: string;
            kind: string;
            name: string;
            params: {
                [key: string]: unknown;
            };
            playbook_id: string | null;
            /** @enum {string} */
            severity: "info" | "low" | "medium" | "high" | "critical";
            /** Format: date-time */
            updated_at: string;
            version: number;
        };
        AlertRuleInput: {
            /**
             * @description minutes to acknowledge before the first escalation
             * @default 30
             */
            ack_minutes?: number;
            /** @default true */
            enabled?: boolean;
            /** @default [] */
            escalation?: {
                /** @description how long this level has to acknowledge before the next one */
                after_minutes: number;
                /**
                 * @description who this level notifies
                 * @enum {string}
                 */
                notify: "analyst" | "supervisor" | "admin";
            }[];
            /** @enum {string} */
            kind: "wave_alarm" | "watchlist" | "staff_threat" | "weapon_at_facility" | "incident_count" | "escort_risk";
            name: string;
            /**
             * @description parameters of the rule kind (docs/alerts.md)
             * @default {}
             */
            params?: {
                [key: string]: unknown;
            };
            /**
             * @description playbook whose tasks open with each alert
             * @default null
             */
            playbook_id?: string | null;
            /** @enum {string} */
            severity: "info" | "low" | "medium" | "high" | "critical";
        };
        AlertRulePatch: {
            /** @description minutes to acknowledge before the first escalation */
            ack_minutes?: number;
            enabled?: boolean;
            escalation?: {
                /** @description how long this level has to acknowledge before the next one */
                after_minutes: number;
                /**
                 * @description who this level notifies
                 * @enum {string}
                 */
                notify: "analyst" | "supervisor" | "admin";
            }[];
            name?: string;
            /** @description parameters of the rule kind (docs/alerts.md) */
            params?: {
                [key: string]: unknown;
            };
            /** @description playbook whose tasks open with each alert */
            playbook_id?: string | null;
            /** @enum {string} */
            severity?: "info" | "low" | "medium" | "high" | "critical";
            version: number;
        };
        AlertTransition: {
            reason?: string;
            version?: number;
        };
        AlertWords: {
            explanation: components["schemas"]["Words"];
            title: components["schemas"]["Words"];
        };
        ApiToken: {
            created_at: string;
            expires_at: string | null;
            id: string;
            last_used_at: string | null;
            name: string;
            prefix: string;
            revoked_at: string | null;
            user_id: string;
        };
        ArchivedBrief: components["schemas"]["BriefSummary"] & {
            /** @description the numbers the next day compares with */
            facts: {
                [key: string]: unknown;
            };
            html: string;
            markdown: string;
        };
        Article: {
            compartments: string[];
            created_at: string;
            feed_id: string | null;
            format: string;
            /** Format: uuid */
            id: string;
            language: string;
            marking: components["schemas"]["Marking"];
            outlet: string | null;
            owner_org_id: string;
            published: string;
            source: {
                credibility: number | null;
                kind: string;
                reliability: string | null;
            };
            text: string;
            title: string | null;
            url: string | null;
        };
        ArticleSubmission: {
            /**
             * @description a record in a compartment is readable only by users who hold it
             * @default []
             */
            compartments?: "STAFF"[];
            /** @description at most 1,000,000 characters (a longer text gets 413) */
            content: string;
            /** @description Admiralty credibility of the information, 1 (confirmed) to 6 (cannot be judged); blank: the register's, else 6 */
            credibility?: number;
            /**
             * @description auto detects HTML and feeds
             * @default auto
             * @enum {string}
             */
            format?: "auto" | "text" | "html" | "rss" | "atom";
            /**
             * @description detected when absent
             * @enum {string}
             */
            language?: "fr" | "en";
            /**
             * @description TLP 2.0: CLEAR and GREEN for every user, AMBER for the owner and the organisations it shares with, AMBER+STRICT for the owner, RED for its author and the owner's supervisors
             * @default AMBER
             * @enum {string}
             */
            marking?: "CLEAR" | "GREEN" | "AMBER" | "AMBER+STRICT" | "RED";
            /** @description who published it ("Le Monde", "AFP", "UFAP-UNSa Justice"): without a grade, the source register grades it at accept */
            outlet?: string;
            /** @description publication date: "last night" and "mardi matin" are read against it (default: now) */
            published?: string;
            /**
             * @description Admiralty reliability of the source, A (reliable) to F (cannot be judged); blank: the source register's grade for the outlet, else F
             * @enum {string}
             */
            reliability?: "A" | "B" | "C" | "D" | "E" | "F";
            /**
             * @default press
             * @enum {string}
             */
            source_kind?: "field_report" | "press" | "official" | "social" | "other";
            title?: string;
            /** Format: uri */
            url?: string;
        };
        AuditChainCheck: {
            count: number;
            last_hash: string;
            /** @enum {boolean} */
            ok: true;
        } | {
            broken_at: number;
            count: number;
            /** @enum {boolean} */
            ok: false;
            reason: string;
        };
        AuditEvent: {
            action: string;
            actor: string;
            actor_id: string | null;
            address: string | null;
            at: string;
            /** @description what the action carried: an object, its keys per action (the store keeps {} for none) */
            details: {
                /** @description how many ids the reader may not read were taken out of the event */
                withheld?: number;
            } & {
                [key: string]: unknown;
            };
            hash: string;
            object_id: string | null;
            object_type: string | null;
            prev_hash: string;
            seq: number;
        };
        BriefSummary: {
            audience_org_id: string;
            date: string;
            generated_at: string;
            generated_by: string | null;
            /** Format: uuid */
            id: string;
            language: string;
            marking: components["schemas"]["Marking"];
            title: string;
        };
        Campaign: {
            confidence: number;
            dismissed_reason: string | null;
            end: string;
            explanation: string;
            facts: components["schemas"]["CampaignFacts"];
            /** @description some members are hidden from this reader: the significance is withheld */
            hidden_members: boolean;
            /** Format: uuid */
            id: string;
            key: string;
            member_ids: string[];
            shared_signatures: {
                count: number;
                kind?: string;
                normalized: string;
                text: string;
            }[];
            significance: components["schemas"]["CampaignSignificance"];
            sites: {
                id: string;
                name: string;
            }[];
            start: string;
            /** @enum {string} */
            state: "active" | "confirmed" | "dismissed";
            updated_at: string;
            version: number;
            words: components["schemas"]["Words"];
        };
        CampaignDecision: {
            /** @enum {string} */
            kind: "confirm";
            reason?: string;
        } | {
            /** @enum {string} */
            kind: "dismiss";
            reason: string;
        } | {
            groups: string[][];
            /** @enum {string} */
            kind: "split";
            reason?: string;
        } | {
            /** @enum {string} */
            kind: "merge";
            reason?: string;
            /** @description ids of the campaigns merged into this one */
            with: string[];
        } | {
            /** Format: uuid */
            incident: string;
            /** @enum {string} */
            kind: "exclude";
            reason?: string;
        } | {
            /**
             * Format: uuid
             * @description a probable member: it joins the campaign
             */
            incident: string;
            /** @enum {string} */
            kind: "confirm_probable";
            reason?: string;
        } | {
            /**
             * Format: uuid
             * @description a probable member: never proposed again
             */
            incident: string;
            /** @enum {string} */
            kind: "dismiss_probable";
            reason: string;
        };
        CampaignDetail: components["schemas"]["Campaign"] & {
            alarms: components["schemas"]["WaveAlarm"][];
            decisions: {
                decided_at: string;
                decided_by: string | null;
                /** @description the display name (else the username) of the account that decided; null: the operator */
                decided_by_name: string | null;
                kind: string;
                reason: string | null;
            }[];
            links: components["schemas"]["IncidentLink"][];
            members: components["schemas"]["Incident"][];
            /** @description untagged acts of the campaign's kind beyond the usual, apart until an analyst decides */
            probable_members: {
                excess_probability: number;
                expected: number;
                explanation: string;
                incident: components["schemas"]["Incident"];
                /** Format: uuid */
                incident_id: string;
                night: string | null;
                observed: number;
                words: components["schemas"]["Words"];
            }[];
            /** @description whether probable members are looked for: only once the members stand at `needed` distinct places; null when some members are hidden from the reader */
            probable_search: {
                needed: number;
                places: number;
                /** @enum {string} */
                state: "searching" | "too_few_places";
            } | null;
        };
        CampaignFacts: ({
            facilities?: number;
            incidents: number;
            near_identical_mo: number;
            nights: number;
            other_places?: number;
            places?: {
                count: number;
                kind: string;
            }[];
            shared_tag: {
                count: number;
                kind: string;
                text: string;
            } | null;
            /** @description distinct places: facilities, or positions away from one */
            sites: number;
            weak_sources: number;
        } & {
            [key: string]: unknown;
        }) | null;
        CampaignSignificance: {
            reason: string;
            /** @enum {boolean} */
            tested: false;
        } | {
            reason: string;
            /** @enum {boolean} */
            withheld: true;
        } | ({
            evaluated_at: string;
            hawkes: ({
                explanation: string;
                method: string;
                p_value: number;
                statistic: number;
            } & {
                [key: string]: unknown;
            }) | null;
            poisson_scan: {
                expected: number;
                explanation: string;
                observed: number;
                p_value: number;
                recurrence_years: number;
                /** @description Monte Carlo replications of the scan */
                replications: number;
                sites: ({
                    expected: number;
                    observed: number;
                    site_id: string;
                } & {
                    [key: string]: unknown;
                })[];
                statistic: number;
                window: {
                    days: number;
                    end: string;
                    start: string;
                } & {
                    [key: string]: unknown;
                };
            } & {
                [key: string]: unknown;
            };
            /** @description absent on campaigns tested before the signature test existed */
            signature_burst?: ({
                /** @description carriers of the tag before the window */
                background_carriers: number;
                /** @description the days those carriers were counted over */
                background_days: number;
                expected: number;
                explanation: string;
                p_value: number;
                signature: string;
                sites: number;
                window_days: number;
            } & {
                [key: string]: unknown;
            }) | null;
            /** @enum {boolean} */
            tested: true;
            wave?: {
                alarm: boolean;
                /** @description tests a year the recurrence accounts for */
                evaluations_per_year: number;
                /** @enum {string} */
                method: "poisson_scan" | "signature_burst";
                p_value: number;
                recurrence_years: number;
                sentence: string;
            } & {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        }) | null;
        Candidate: {
            /** Format: uuid */
            article_id: string;
            confidence: number;
            created_at: string;
            decision: {
                at: string | null;
                by: string | null;
                by_system: boolean;
                reason: string | null;
                result_id: string | null;
            } | null;
            /** @description the proposed record, in the input format */
            draft: {
                [key: string]: unknown;
            };
            evidence: components["schemas"]["FieldEvidence"][];
            /** Format: uuid */
            id: string;
            key: string;
            /** @enum {string} */
            kind: "incident" | "seizure";
            /** @description the notes as codes with parameters, same order */
            note_words: components["schemas"]["Words"][];
            notes: string[];
            position: number;
            /** @enum {string} */
            status: "pending" | "accepted" | "merged" | "rejected";
            version: number;
        };
        CandidateDetail: components["schemas"]["Candidate"] & {
            article: components["schemas"]["Article"];
            siblings: {
                /** Format: uuid */
                id: string;
                key: string;
                /** @enum {string} */
                kind: "incident" | "seizure";
                /** @enum {string} */
                status: "pending" | "accepted" | "merged" | "rejected";
            }[];
            suggestions: components["schemas"]["MergeSuggestion"][];
        };
        Case: {
            compartments: string[];
            created_at: string;
            /** Format: uuid */
            id: string;
            /** @description the lead organisation's name */
            lead_org: string | null;
            lead_org_id: string;
            marking: components["schemas"]["Marking"];
            reference: string;
            /** @enum {string} */
            state: "open" | "suspended" | "closed";
            summary: string | null;
            title: string;
            updated_at: string;
            version: number;
        };
        CaseDetail: components["schemas"]["Case"] & {
            access: {
                id: string;
                name: string;
            }[];
            actors: {
                /** Format: uuid */
                id: string;
                kind: string;
                marking: components["schemas"]["Marking"];
                name: string;
            }[];
            campaigns: {
                end_at: string;
                /** Format: uuid */
                id: string;
                incident_count: number;
                key: string;
                start_at: string;
                state: string;
            }[];
            can_write: boolean;
            evidence: components["schemas"]["CaseEvidence"][];
            handovers: {
                at: string;
                by: string | null;
                from: {
                    id: string;
                    name: string;
                };
                /** Format: uuid */
                id: string;
                keep_access: boolean;
                reason: string;
                to: {
                    id: string;
                    name: string;
                };
            }[];
            history: components["schemas"]["CaseHistoryEntry"][];
            incidents: {
                description: string | null;
                event_types: string[];
                facility_id: string | null;
                /** Format: uuid */
                id: string;
                lat: number;
                lon: number;
                marking: components["schemas"]["Marking"];
                occurred_start: string;
                place: string | null;
            }[];
            members: components["schemas"]["CaseMemberView"][];
            notes: components["schemas"]["CaseNoteView"][];
            relationships: {
                confidence: number;
                /** Format: uuid */
                id: string;
                kind: string;
                /** Format: uuid */
                source_id: string;
                /** Format: uuid */
                target_id: string;
            }[];
            tasks: components["schemas"]["CaseTaskView"][];
        };
        CaseEvidence: {
            added_at: string;
            added_by: string;
            description: string | null;
            /** @description the path that downloads the file */
            download: string;
            file_name: string;
            /** Format: uuid */
            id: string;
            marking: components["schemas"]["Marking"];
            media_type: string;
            sha256: string;
            size_bytes: number;
        };
        CaseHistoryEntry: {
            action: string;
            actor: string;
            at: string;
            details: {
                [key: string]: unknown;
            };
        };
        CaseInput: {
            /**
             * @description a record in a compartment is readable only by users who hold it
             * @default []
             */
            compartments?: "STAFF"[];
            /**
             * @description TLP 2.0: CLEAR and GREEN for every user, AMBER for the owner and the organisations it shares with, AMBER+STRICT for the owner, RED for its author and the owner's supervisors
             * @default AMBER
             * @enum {string}
             */
            marking?: "CLEAR" | "GREEN" | "AMBER" | "AMBER+STRICT" | "RED";
            summary?: string;
            title: string;
        };
        CaseItem: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            type: "incident" | "campaign" | "actor";
        };
        CaseMember: {
            /**
             * @default investigator
             * @enum {string}
             */
            role?: "lead" | "investigator" | "analyst" | "observer";
            /** @description the id or user name of the account */
            user: string;
        };
        CaseMemberView: {
            added_at: string;
            display_name: string | null;
            organisation_id: string;
            role: string;
            /** Format: uuid */
            user_id: string;
            username: string;
        };
        CaseNote: {
            /**
             * @description a record in a compartment is readable only by users who hold it
             * @default []
             */
            compartments?: "STAFF"[];
            /**
             * @description default: the marking of the case
             * @default AMBER
             * @enum {string}
             */
            marking?: "CLEAR" | "GREEN" | "AMBER" | "AMBER+STRICT" | "RED";
            text: string;
        };
        CaseNoteView: {
            author: string;
            compartments: string[];
            created_at: string;
            /** Format: uuid */
            id: string;
            marking: components["schemas"]["Marking"];
            owner_org_id: string;
            text: string;
        };
        CasePatch: {
            /**
             * @description TLP 2.0: CLEAR and GREEN for every user, AMBER for the owner and the organisations it shares with, AMBER+STRICT for the owner, RED for its author and the owner's supervisors
             * @default AMBER
             * @enum {string}
             */
            marking?: "CLEAR" | "GREEN" | "AMBER" | "AMBER+STRICT" | "RED";
            /** @enum {string} */
            state?: "open" | "suspended" | "closed";
            summary?: string | null;
            title?: string;
            version: number;
        };
        CaseShare: {
            /** @description the id or name of the organisation */
            org: string;
            /** @default true */
            shared?: boolean;
        };
        CaseTask: {
            /** Format: uuid */
            assignee_id?: string;
            /** Format: date-time */
            due_at?: string;
            title: string;
        };
        CaseTaskView: {
            assignee_id: string | null;
            due_at: string | null;
            /** Format: uuid */
            id: string;
            state: string;
            title: string;
            version: number;
        };
        CompartmentGrant: {
            compartment: string;
            decided_at: string | null;
            decided_by: string | null;
            id: string;
            proposed_at: string;
            proposed_by: string;
            status: string;
            user_id: string;
        };
        CompartmentProposal: {
            /** @enum {string} */
            compartment: "STAFF";
        };
        Detainee: components["schemas"]["DetaineeProfile"] & {
            person: components["schemas"]["ActorRef"];
        };
        DetaineeProfile: {
            assessed_at: string;
            escape_history: number;
            facility: {
                id: string;
                name: string;
            } | null;
            marking: components["schemas"]["Marking"];
            notes: string | null;
            organised_crime_leadership: number;
            outside_communications: number;
            /** @enum {string} */
            placement: "ordinary" | "isolation" | "high_security";
            reasons: string[];
            score: number;
            version: number;
            violence: number;
        } | null;
        DetaineeProfileInput: {
            /** @default 0 */
            escape_history?: number | null;
            /** @description where the person is held: id, name or alias of a site */
            facility: string;
            /**
             * @description TLP 2.0: CLEAR and GREEN for every user, AMBER for the owner and the organisations it shares with, AMBER+STRICT for the owner, RED for its author and the owner's supervisors
             * @default AMBER
             * @enum {string}
             */
            marking?: "CLEAR" | "GREEN" | "AMBER" | "AMBER+STRICT" | "RED";
            notes?: string;
            /** @default 0 */
            organised_crime_leadership?: number | null;
            /** @default 0 */
            outside_communications?: number | null;
            /**
             * @default ordinary
             * @enum {string}
             */
            placement?: "ordinary" | "isolation" | "high_security";
            /** @default 0 */
            violence?: number | null;
        };
        Dissemination: {
            at: string;
            case_id: string | null;
            channel: string;
            format: string | null;
            /** Format: uuid */
            id: string;
            marking: components["schemas"]["Marking"];
            object_count: number;
            objects: ({
                id: string;
                type: string;
            } | {
                id: null;
                type: string;
                /** @enum {boolean} */
                withheld: true;
            })[];
            recipient: {
                id: string;
                /** @enum {string} */
                kind: "organisation" | "user" | "token";
                name: string;
                organisation_id: string | null;
            };
            released_by: string;
        };
        Error: {
            error: {
                /** @example invalid_input */
                code: string;
                details: {
                    code?: string;
                    message: string;
                    params?: {
                        [key: string]: unknown;
                    };
                    path: string;
                    row?: number;
                }[];
                message: string;
            };
        };
        Escort: {
            /** Format: date-time */
            assessed_at: string | null;
            below_recommendation: boolean;
            compartments: string[];
            /** Format: date-time */
            created_at: string;
            destination: {
                facility_id: string | null;
                lat: number;
                lon: number;
                name: string;
            };
            detainee: {
                id: string;
                name: string;
            } | {
                id: string;
                /** @enum {boolean} */
                protected: true;
            };
            /** @enum {string} */
            escort_level: "standard" | "reinforced" | "high" | "maximal";
            id: string;
            /** @enum {string} */
            kind: "judicial_extraction" | "hospital_visit" | "transfer";
            marking: components["schemas"]["Marking"];
            notes: string | null;
            origin: {
                facility_id: string | null;
                lat: number;
                lon: number;
                name: string;
            };
            /** Format: date-time */
            planned_end: string | null;
            /** Format: date-time */
            planned_start: string;
            /** @enum {string|null} */
            recommended_level: "standard" | "reinforced" | "high" | "maximal" | null;
            risk_score: number | null;
            /** @enum {string} */
            state: "planned" | "in_progress" | "completed" | "cancelled";
            /** Format: date-time */
            updated_at: string;
            version: number;
            waypoints: {
                lat: number;
                lon: number;
                name?: string;
            }[];
        };
        EscortAssessment: {
            /** Format: date-time */
            assessed_at: string;
            assessed_by: string | null;
            factors: {
                factor: string;
                hidden_records: number;
                params: {
                    [key: string]: string | number;
                };
                points: number;
                records: {
                    /** @description a campaign's end (exclusive) */
                    end?: string;
                    event_types?: string[];
                    id: string;
                    /** @description in English, for scripts: the web words the facts below */
                    label?: string;
                    /** @description an incident's facility name, else its commune */
                    place?: string;
                    /** @description a facility's current risk relative to its usual */
                    relative_risk?: number;
                    /** @description an incident's start, or a campaign's first instant */
                    start?: string;
                    type: string;
                }[];
                sentence: string;
            }[];
            id: string;
            /** @enum {string} */
            planned_level: "standard" | "reinforced" | "high" | "maximal";
            /** @enum {string} */
            recommended_level: "standard" | "reinforced" | "high" | "maximal";
            score: number;
            trigger: string;
        };
        EscortEndpoint: {
            facility: string;
        } | {
            lat: number | null;
            lon: number | null;
            name: string;
        };
        EscortInput: {
            /**
             * @description a record in a compartment is readable only by users who hold it
             * @default []
             */
            compartments?: "STAFF"[];
            destination: components["schemas"]["EscortEndpoint"];
            /**
             * Format: uuid
             * @description the person actor escorted
             */
            detainee_id: string;
            /**
             * @description the level planned: standard, reinforced, high, maximal
             * @enum {string}
             */
            escort_level: "standard" | "reinforced" | "high" | "maximal";
            /** @enum {string} */
            kind: "judicial_extraction" | "hospital_visit" | "transfer";
            /**
             * @description TLP 2.0: CLEAR and GREEN for every user, AMBER for the owner and the organisations it shares with, AMBER+STRICT for the owner, RED for its author and the owner's supervisors
             * @default AMBER
             * @enum {string}
             */
            marking?: "CLEAR" | "GREEN" | "AMBER" | "AMBER+STRICT" | "RED";
            notes?: string;
            origin: components["schemas"]["EscortEndpoint"];
            /** Format: date-time */
            planned_end?: string;
            /** Format: date-time */
            planned_start: string;
            /**
             * @description the planned route between origin and destination, in order
             * @default []
             */
            waypoints?: {
                lat: number | null;
                lon: number | null;
                name?: string;
            }[];
        };
        EscortPatch: {
            /** @enum {string} */
            escort_level?: "standard" | "reinforced" | "high" | "maximal";
            /** @enum {string} */
            marking?: "CLEAR" | "GREEN" | "AMBER" | "AMBER+STRICT" | "RED";
            notes?: string | null;
            /** Format: date-time */
            planned_end?: string | null;
            /** Format: date-time */
            planned_start?: string;
            /** @enum {string} */
            state?: "planned" | "in_progress" | "completed" | "cancelled";
            version: number;
            /** @description the planned route between origin and destination, in order */
            waypoints?: {
                lat: number | null;
                lon: number | null;
                name?: string;
            }[];
        };
        EvidenceManifest: {
            case: {
                /** Format: uuid */
                id: string;
                marking: components["schemas"]["Marking"];
                reference: string;
                title: string;
            };
            files: {
                added_at: string;
                added_by: string;
                file_name: string;
                /** Format: uuid */
                id: string;
                marking: components["schemas"]["Marking"];
                media_type: string;
                sha256: string;
                size_bytes: number;
            }[];
            generated_at: string;
        };
        ExtractionResult: {
            /** @enum {string} */
            format: "text" | "html" | "rss" | "atom";
            items: {
                candidates: ({
                    confidence: number;
                    /** @description valid against the input schema, without sources */
                    draft: {
                        [key: string]: unknown;
                    };
                    evidence: components["schemas"]["FieldEvidence"][];
                    /** @description same site and night, same key: used to offer merges */
                    key: string;
                    /** @enum {string} */
                    kind: "incident" | "seizure";
                    notes: string[];
                    organisations?: {
                        /** @enum {string} */
                        kind: "gang" | "cartel" | "group";
                        name: string;
                    }[];
                } & {
                    [key: string]: unknown;
                })[];
                language: string;
                published: string;
                /** @description the plain text every evidence offset points into */
                text: string;
                title?: string;
                url?: string;
            }[];
        };
        ExtractRequest: {
            /**
             * @description sniffed from the text when not given
             * @enum {string}
             */
            format?: "text" | "html" | "rss" | "atom";
            /**
             * @description skip language detection
             * @enum {string}
             */
            language?: "fr" | "en";
            /** @description publication date; relative dates resolve against it (default: now) */
            published?: string;
            /** @description at most 1,000,000 characters (a longer text gets 413) */
            text: string;
            /** Format: uri */
            url?: string;
        };
        Facility: {
            aliases: string[];
            commune: string | null;
            coord_precision: string;
            department: {
                code: string;
                name: string;
            } | null;
            directorate: {
                code: string;
                name: string;
            } | null;
            id: string;
            kind: string;
            lat: number;
            lon: number;
            name: string;
            timezone: string;
        };
        Feed: {
            created_at: string;
            credibility: number | null;
            enabled: boolean;
            /** Format: uuid */
            id: string;
            marking: components["schemas"]["Marking"];
            outlet: string | null;
            poll_minutes: number;
            reliability: string | null;
            status: {
                items_new: number;
                items_seen: number;
                items_total: number;
                last_error: string | null;
                last_polled_at: string | null;
                /** @description ok or error; null before the first poll */
                last_status: string | null;
            };
            title: string | null;
            trust_threshold: number;
            trusted: boolean;
            url: string;
        };
        FeedInput: {
            credibility?: number;
            /** @default true */
            enabled?: boolean;
            /**
             * @description TLP 2.0: CLEAR and GREEN for every user, AMBER for the owner and the organisations it shares with, AMBER+STRICT for the owner, RED for its author and the owner's supervisors
             * @default AMBER
             * @enum {string}
             */
            marking?: "CLEAR" | "GREEN" | "AMBER" | "AMBER+STRICT" | "RED";
            /** @description the outlet publishing it ("Le Monde"): graded by the source register unless the feed sets a grade */
            outlet?: string;
            /**
             * @description minutes between two polls
             * @default 60
             */
            poll_minutes?: number;
            /**
             * @description Admiralty reliability its articles receive as sources; blank: the source register's for the outlet or the items' domain, else F
             * @enum {string}
             */
            reliability?: "A" | "B" | "C" | "D" | "E" | "F";
            title?: string;
            /** @default 0.8 */
            trust_threshold?: number | null;
            /**
             * @description candidates at or above trust_threshold are accepted without review (supervisors and administrators only)
             * @default false
             */
            trusted?: boolean;
            /** Format: uri */
            url: string;
        };
        FeedPatch: {
            credibility?: number;
            enabled?: boolean;
            /** @enum {string} */
            marking?: "CLEAR" | "GREEN" | "AMBER" | "AMBER+STRICT" | "RED";
            /** @description the outlet publishing it ("Le Monde"): graded by the source register unless the feed sets a grade */
            outlet?: string;
            poll_minutes?: number;
            /** @enum {string} */
            reliability?: "A" | "B" | "C" | "D" | "E" | "F";
            title?: string;
            trust_threshold?: number | null;
            trusted?: boolean;
        };
        FieldEvidence: {
            confidence: number;
            end: number;
            field: string;
            quote: string;
            rule?: string;
            start: number;
        };
        Fugitive: {
            circumstances: string | null;
            compartments: string[];
            /** Format: date-time */
            created_at: string;
            escape_facility_id: string | null;
            escape_incident_id: string | null;
            escape_place: string | null;
            escaped: {
                /** Format: date-time */
                end: string;
                precision: string;
                /** Format: date-time */
                start: string;
            };
            id: string;
            marking: components["schemas"]["Marking"];
            person: {
                id: string;
                name: string;
            } | {
                id: string;
                /** @enum {boolean} */
                protected: true;
            };
            recapture: {
                /** Format: date-time */
                at: string;
                lat: number | null;
                lon: number | null;
                place: string | null;
                source: {
                    article_id?: string;
                    candidate_id?: string;
                    corroborating_outlets?: number;
                    credibility: number;
                    /** @enum {string} */
                    graded_by?: "source" | "register" | "analyst";
                    kind: string;
                    outlet?: string;
                    published_at?: string;
                    reliability: string;
                    reported_credibility?: number;
                    title?: string;
                    url?: string;
                } | null;
            } | null;
            /** @enum {string} */
            state: "wanted" | "recaptured";
            /** Format: date-time */
            updated_at: string;
            version: number;
        };
        FugitiveDetail: components["schemas"]["Fugitive"] & {
            escape_incident: {
                event_types: string[];
                id: string;
                killed: number;
                /** @description in English, for scripts: the web words the fields below */
                label: string;
                /** Format: date-time */
                occurred_start: string;
                /** @description the facility's name, else the commune */
                place: string;
            } | null;
            hidden_links: number;
            history: {
                action: string;
                actor: string;
                /** Format: date-time */
                at: string;
                details: {
                    [key: string]: unknown;
                };
            }[];
            links: {
                actor: {
                    id: string;
                    kind: string;
                    name: string;
                };
                confidence: number;
                /** @enum {string} */
                direction: "outgoing" | "incoming";
                kind: string;
            }[];
            sightings: components["schemas"]["FugitiveSighting"][];
        };
        FugitiveInput: {
            circumstances?: string;
            /**
             * @description a record in a compartment is readable only by users who hold it
             * @default []
             */
            compartments?: "STAFF"[];
            /** @description the facility escaped from or whose transport was attacked (id, name or alias) */
            escape_facility?: string;
            /**
             * Format: uuid
             * @description the incident of the escape, e.g. a transport ambush
             */
            escape_incident_id?: string;
            /** @description where, when not at a facility */
            escape_place?: string;
            /** @description when: an exact time, a date, a night, a week, a month or an interval */
            escaped: {
                /** Format: date-time */
                at: string;
            } | {
                /** Format: date */
                date: string;
            } | {
                /**
                 * Format: date
                 * @description the date of the evening: night_of 2025-04-14 is the night of 14 to 15 April
                 */
                night_of: string;
            } | {
                /**
                 * Format: date
                 * @description any day of the ISO week (Monday to Sunday)
                 */
                week_of: string;
            } | {
                month: string;
            } | {
                end?: string;
                /** @enum {string} */
                precision?: "exact" | "hour" | "night" | "day" | "week" | "month" | "year" | "approx";
                start: string;
            };
            /**
             * @description TLP 2.0: CLEAR and GREEN for every user, AMBER for the owner and the organisations it shares with, AMBER+STRICT for the owner, RED for its author and the owner's supervisors
             * @default AMBER
             * @enum {string}
             */
            marking?: "CLEAR" | "GREEN" | "AMBER" | "AMBER+STRICT" | "RED";
            /**
             * Format: uuid
             * @description the person actor at large
             */
            person_id: string;
        };
        FugitiveSighting: {
            /** Format: date-time */
            created_at: string;
            grade: string;
            id: string;
            note: string | null;
            place: {
                lat: number | null;
                lon: number | null;
                name: string;
                radius_km: number | null;
            };
            seen: {
                /** Format: date-time */
                end: string;
                precision: string;
                /** Format: date-time */
                start: string;
            };
            source: {
                article_id?: string;
                candidate_id?: string;
                corroborating_outlets?: number;
                credibility: number;
                /** @enum {string} */
                graded_by?: "source" | "register" | "analyst";
                kind: string;
                outlet?: string;
                published_at?: string;
                reliability: string;
                reported_credibility?: number;
                title?: string;
                url?: string;
            };
        };
        FuzzyPlace: {
            lat?: number | null;
            lon?: number | null;
            /** @description "Marseille, quartier nord", "a service station on the A7" */
            name: string;
            /** @description how far from the point it may have been */
            radius_km?: number | null;
        };
        Handover: {
            /**
             * @description the sender keeps read access to the case
             * @default true
             */
            keep_access?: boolean;
            reason: string;
            /** @description the id or name of the receiving organisation */
            to: string;
        };
        ImportJob: {
            already_there: number;
            attempts: number;
            created_at: string;
            created_by: {
                id: string;
                username: string;
            } | null;
            error: string | null;
            file_name: string;
            finished_at: string | null;
            /** @enum {string} */
            format: "json" | "ndjson" | "csv";
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "incident" | "seizure";
            problem_count: number;
            problems: {
                code?: string;
                message: string;
                params?: {
                    [key: string]: unknown;
                };
                path: string;
                row?: number;
            }[];
            rows_read: number;
            sha256: string;
            size_bytes: number;
            started_at: string | null;
            /** @enum {string} */
            state: "queued" | "running" | "done" | "failed" | "cancelled";
            stored: number;
        };
        ImportResult: {
            ids: string[];
            inserted: number;
            /** @description rows whose external_id was already stored */
            skipped: number;
            total: number;
        };
        Incident: {
            casualties: {
                injured: number;
                killed: number;
            };
            compartments: string[];
            created_at: string;
            damage: string | null;
            description: string | null;
            /** @description the incident this duplicate was merged into */
            duplicate_of: string | null;
            event_types: string[];
            external_id: string | null;
            facility: {
                id: string;
                kind: string;
                name: string;
            } | null;
            /** Format: uuid */
            id: string;
            marking: components["schemas"]["Marking"];
            occurred: {
                end: string;
                precision: string;
                start: string;
                timezone: string;
            };
            owner_org_id: string;
            place: {
                commune: string | null;
                country: string;
                department: {
                    code: string;
                    name: string;
                } | null;
                directorate: {
                    code: string;
                    name: string;
                } | null;
                lat: number;
                lon: number;
                precision: string;
            };
            reported_at: string | null;
            signatures: {
                kind: string;
                normalized: string;
                text: string;
            }[];
            sources: {
                article_id?: string;
                candidate_id?: string;
                corroborating_outlets?: number;
                credibility: number;
                /** @enum {string} */
                graded_by?: "source" | "register" | "analyst";
                kind: string;
                outlet?: string;
                published_at?: string;
                reliability: string;
                reported_credibility?: number;
                title?: string;
                url?: string;
            }[];
            /** @description where on or near the site (gate, staff_car_park...) */
            spot: string | null;
            /** @description STAFF compartment: the details for holders, { protected: true } for the others */
            staff: {
                home_address?: string;
                name?: string;
                notes?: string;
                phone?: string;
                role?: string;
            } | {
                /** @enum {boolean} */
                protected: true;
            } | null;
            status: string;
            target_kinds: string[];
            updated_at: string;
            version: number;
            weapons: string[];
        };
        IncidentActor: {
            /** Format: uuid */
            actor_id: string;
            /** @enum {string} */
            role: "suspect" | "claimed" | "target" | "victim" | "used" | "seen";
        };
        IncidentActors: {
            items: {
                actor: components["schemas"]["ActorRef"];
                /** Format: uuid */
                actor_id: string;
                /** @enum {string} */
                role: "suspect" | "claimed" | "target" | "victim" | "used" | "seen";
            }[];
        };
        IncidentBulkStatus: {
            items: {
                /** Format: uuid */
                id: string;
                version: number;
            }[];
            /** @description why: kept in each incident's history; required to refute */
            reason?: string;
            /** @enum {string} */
            status: "reported" | "verified" | "refuted" | "duplicate";
        };
        IncidentChange: {
            actor: string;
            changed_at: string;
            /** @description fields before and after; facility values are { id, name }; STAFF details are named, never shown */
            changes: {
                after?: unknown;
                before?: unknown;
                field: string;
            }[];
            reason: string | null;
            version: number;
        };
        IncidentFeature: {
            geometry: {
                coordinates: number[];
                /** @enum {string} */
                type: "Point";
            };
            properties: {
                commune: string | null;
                compartments: string[];
                description?: string | null;
                event_types: string[];
                facility_id: string | null;
                facility_name: string | null;
                id: string;
                marking: components["schemas"]["Marking"];
                /** Format: date-time */
                occurred_end: string;
                occurred_precision: string;
                /** Format: date-time */
                occurred_start: string;
                signatures: string[];
                status: string;
                target_kinds: string[];
            };
            /** @enum {string} */
            type: "Feature";
        };
        IncidentInput: {
            /**
             * @default {
             *       "killed": 0,
             *       "injured": 0
             *     }
             */
            casualties?: {
                /** @default 0 */
                injured?: number | null;
                /** @default 0 */
                killed?: number | null;
            };
            /**
             * @description a record in a compartment is readable only by users who hold it
             * @default []
             */
            compartments?: "STAFF"[];
            damage?: string;
            description?: string;
            event_types: ("gunfire" | "arson" | "vehicle_arson" | "attempted_arson" | "explosive" | "graffiti" | "threat" | "doxxing" | "assault_on_staff" | "drone_drop" | "projection" | "intrusion" | "escape" | "escape_attempt" | "transport_ambush" | "riot" | "contraband_found" | "other")[];
            /** @description caller's own identifier, unique across Vigie; importing it again changes nothing */
            external_id?: string;
            /** @description facility id, name or alias, e.g. "Toulon-La Farlède" */
            facility?: string;
            /**
             * @description TLP 2.0: CLEAR and GREEN for every user, AMBER for the owner and the organisations it shares with, AMBER+STRICT for the owner, RED for its author and the owner's supervisors
             * @default AMBER
             * @enum {string}
             */
            marking?: "CLEAR" | "GREEN" | "AMBER" | "AMBER+STRICT" | "RED";
            occurred: components["schemas"]["Occurred"];
            place?: components["schemas"]["Place"];
            /** Format: date-time */
            reported_at?: string;
            /** @default [] */
            signatures?: components["schemas"]["SignatureInput"][];
            /** @default [] */
            sources?: components["schemas"]["Source"][];
            /**
             * @description where on or near the site: gate, perimeter, staff_car_park...
             * @enum {string}
             */
            spot?: "gate" | "perimeter" | "staff_car_park" | "visitor_car_park" | "inside" | "staff_home" | "public_road" | "hospital" | "court" | "other";
            staff?: components["schemas"]["StaffDetails"];
            /**
             * @default reported
             * @enum {string}
             */
            status?: "reported" | "verified" | "refuted" | "duplicate";
            /** @default [] */
            target_kinds?: ("facility" | "staff_vehicle" | "staff_home" | "staff_person" | "transport" | "court" | "training_school" | "other")[];
            /** @default [] */
            weapons?: string[];
        };
        IncidentLink: {
            /** Format: uuid */
            a: string;
            /** Format: uuid */
            b: string;
            evidence: {
                /** @description the numbers the sentence was made of */
                details: {
                    [key: string]: unknown;
                };
                explanation: string;
                /** @enum {string} */
                kind: "same_signature" | "similar_signature" | "same_mo" | "space_time" | "shared_actor";
                score: number;
            }[];
            explanation: string;
            grade_weight: number;
            score: number;
        };
        IncidentMapView: {
            /** @description the grid cell, in degrees */
            cell_degrees: number;
            clusters: {
                /** @description incidents of the cell by class (their first event type) */
                by_class: {
                    [key: string]: number;
                };
                count: number;
                lat: number;
                lon: number;
            }[];
            /** @enum {string} */
            kind: "clusters";
            /** @description every readable incident matching the filter */
            total: number;
            zoom: number;
        } | {
            /** @description GeoJSON point features */
            features: components["schemas"]["IncidentFeature"][];
            /** @enum {string} */
            kind: "points";
            /** @description true when more than 5000 match and only the newest are sent (zoom in or narrow the filter) */
            sampled: boolean;
            zoom: number;
        };
        IncidentPatch: {
            /**
             * @default {
             *       "killed": 0,
             *       "injured": 0
             *     }
             */
            casualties?: {
                /** @default 0 */
                injured?: number | null;
                /** @default 0 */
                killed?: number | null;
            };
            /**
             * @description a record in a compartment is readable only by users who hold it
             * @default []
             */
            compartments?: "STAFF"[];
            damage?: string;
            description?: string;
            /**
             * Format: uuid
             * @description the incident this one duplicates: merges it (status duplicate)
             */
            duplicate_of?: string;
            event_types?: ("gunfire" | "arson" | "vehicle_arson" | "attempted_arson" | "explosive" | "graffiti" | "threat" | "doxxing" | "assault_on_staff" | "drone_drop" | "projection" | "intrusion" | "escape" | "escape_attempt" | "transport_ambush" | "riot" | "contraband_found" | "other")[];
            /** @description caller's own identifier, unique across Vigie; importing it again changes nothing */
            external_id?: string;
            /** @description facility id, name or alias, e.g. "Toulon-La Farlède" */
            facility?: string;
            /**
             * @description TLP 2.0: CLEAR and GREEN for every user, AMBER for the owner and the organisations it shares with, AMBER+STRICT for the owner, RED for its author and the owner's supervisors
             * @default AMBER
             * @enum {string}
             */
            marking?: "CLEAR" | "GREEN" | "AMBER" | "AMBER+STRICT" | "RED";
            occurred?: components["schemas"]["Occurred"];
            place?: components["schemas"]["Place"];
            /** @description why: kept in the history; required to refute or merge */
            reason?: string;
            /** Format: date-time */
            reported_at?: string;
            /** @default [] */
            signatures?: components["schemas"]["SignatureInput"][];
            /** @default [] */
            sources?: components["schemas"]["Source"][];
            /** @enum {string|null} */
            spot?: "gate" | "perimeter" | "staff_car_park" | "visitor_car_park" | "inside" | "staff_home" | "public_road" | "hospital" | "court" | "other" | null;
            staff?: components["schemas"]["StaffDetails"];
            /**
             * @default reported
             * @enum {string}
             */
            status?: "reported" | "verified" | "refuted" | "duplicate";
            /** @default [] */
            target_kinds?: ("facility" | "staff_vehicle" | "staff_home" | "staff_person" | "transport" | "court" | "training_school" | "other")[];
            /** @description the version you read; a stale version gets 409 */
            version: number;
            /** @default [] */
            weapons?: string[];
        };
        IncidentSummary: {
            grade: string | null;
            id: string;
            night: string;
            site: string;
            staff: null | "sealed" | {
                name: string | null;
                role: string | null;
            };
            start: string;
            tags: string[];
            targets: string[];
            types: string[];
        };
        LiveBrief: {
            alerts: {
                items: {
                    /** Format: uuid */
                    id: string;
                    opened_at: string;
                    severity: string;
                    sites: string[];
                    state: string;
                    title: string;
                }[];
                total: number;
            };
            as_of: string;
            audience: string;
            campaigns: {
                end: string;
                explanation: string;
                facts: ({
                    incidents: number;
                    near_identical_mo: number;
                    nights: number;
                    shared_tag: {
                        count: number;
                        kind: string;
                        text: string;
                    } | null;
                    sites: number;
                    weak_sources: number;
                } & {
                    [key: string]: unknown;
                }) | null;
                first_seen: boolean;
                /** Format: uuid */
                id: string;
                key: string;
                members: number;
                new_members: number;
                p_value: number | null;
                p_value_yesterday: number | null;
                sentence: string | null;
                sites: string[];
                start: string;
                state: string;
                withheld: boolean;
            }[];
            date: string;
            html: string;
            incidents: {
                by_directorate: {
                    code: string;
                    last_7d: number;
                    last_24h: number;
                    name: string;
                }[];
                by_type: {
                    last_7d: number;
                    last_24h: number;
                    type: string;
                }[];
                items: {
                    directorate: string | null;
                    end: string;
                    grade: string | null;
                    /** Format: uuid */
                    id: string;
                    in_last_24h: boolean;
                    lat: number;
                    lon: number;
                    precision: string;
                    site: string;
                    start: string;
                    tags: string[];
                    types: string[];
                }[];
                last_7d: number;
                last_24h: number;
            };
            /** @enum {string} */
            language: "fr" | "en";
            markdown: string;
            overdue_tasks: {
                items: {
                    about: string | null;
                    assignee: string | null;
                    due_at: string | null;
                    /** Format: uuid */
                    id: string;
                    sites: string[];
                    title: string;
                }[];
                total: number;
            };
            posture: {
                at: string;
                level: string;
                reason: string;
                state: string;
                where: string;
            }[];
            /** @description null: the reader's role may not read the site risk */
            risk: {
                lat: number;
                lon: number;
                name: string;
                probability: number;
                reasons: components["schemas"]["SiteRiskReason"][];
                relative_risk: number | null;
                site_id: string;
            }[] | null;
            seizures: {
                agency: string | null;
                date: string;
                drug: string;
                /** Format: uuid */
                id: string;
                kilograms: number;
                organisation: string | null;
                place: string;
                vessel: string | null;
            }[];
        };
        Login: {
            password: string;
            username: string;
        };
        MailSubscription: {
            address: string;
            created_at: string;
            enabled: boolean;
            event_types: string[];
            /** Format: uuid */
            id: string;
            min_severity: string;
            owner_org_id: string;
            user_id: string | null;
        };
        MailSubscriptionInput: {
            /** Format: email */
            address: string;
            /**
             * @description event types to receive; empty: all of them
             * @default []
             */
            event_types?: ("alert.opened" | "alert.updated" | "alert.escalated" | "alert.resolved" | "posture.proposed" | "posture.changed" | "task.opened" | "task.updated" | "task.overdue" | "campaign.alarm" | "incident.created" | "brief.published" | "import_job.updated")[];
            /**
             * @default high
             * @enum {string}
             */
            min_severity?: "info" | "low" | "medium" | "high" | "critical";
            /**
             * Format: uuid
             * @description the Vigie user the address belongs to: they receive what they may read; without, what the organisation passes on (no RED, no STAFF)
             */
            user_id?: string;
        };
        /** @enum {string} */
        Marking: "CLEAR" | "GREEN" | "AMBER" | "AMBER+STRICT" | "RED";
        MarkRead: {
            ids: string[];
        } | {
            /** @enum {boolean} */
            all: true;
        };
        MergeCandidate: {
            /** @description the source's Admiralty grade set by the analyst (e.g. "B2"); it overrides the source register */
            grade?: string;
            /** Format: uuid */
            incident_id: string;
            /** @description the incident version you read; a stale one gets 409 */
            incident_version?: number;
            /** @description the candidate version you read; a stale one gets 409 */
            version?: number;
        };
        MergeSuggestion: {
            incident: components["schemas"]["Incident"];
            /** @enum {string} */
            reason: "same_facility_same_night" | "same_department_nearby";
        };
        Neighbourhood: {
            /** @description why the answer was cut, when it was */
            capped: string[];
            depth: number;
            nodes: (components["schemas"]["ActorRef"] & {
                depth?: number;
            })[];
            relationships: components["schemas"]["Relationship"][];
            start: components["schemas"]["ActorRef"];
        };
        NewOrganisation: {
            /** @enum {string} */
            kind: "facility" | "directorate" | "national_service" | "external_agency" | "other";
            name: string;
        };
        NewToken: {
            /** @default 90 */
            expires_in_days?: number;
            name: string;
            /** @description an administrator may create a token for another user (id or name) */
            user?: string;
        };
        NewUser: {
            /** @default [] */
            compartments?: "STAFF"[];
            display_name?: string;
            /** @description organisation id or name */
            organisation: string;
            /** @description omit to have one generated and returned once */
            password?: string;
            /** @enum {string} */
            role: "reporter" | "analyst" | "supervisor" | "investigator" | "admin";
            username: string;
        };
        Notification: components["schemas"]["VigieEvent"] & {
            read: boolean;
        };
        Occurred: {
            /** Format: date-time */
            at: string;
        } | {
            /** Format: date */
            date: string;
        } | {
            /**
             * Format: date
             * @description the date of the evening: night_of 2025-04-14 is the night of 14 to 15 April
             */
            night_of: string;
        } | {
            /**
             * Format: date
             * @description any day of the ISO week (Monday to Sunday)
             */
            week_of: string;
        } | {
            month: string;
        } | {
            end?: string;
            /** @enum {string} */
            precision?: "exact" | "hour" | "night" | "day" | "week" | "month" | "year" | "approx";
            start: string;
        };
        Organisation: {
            id: string;
            kind: string;
            name: string;
            shares_with: string[];
        };
        Outlet: {
            aliases: string[];
            category: string;
            credibility: number;
            /** @description reliability and credibility together, e.g. B2 */
            grade: string;
            /** Format: uuid */
            id: string;
            kind: string;
            name: string;
            notes: string | null;
            reliability: string;
            updated_at: string;
            version: number;
        };
        OutletInput: {
            /**
             * @description other names and web domains ("lemonde.fr"): a source naming one, or an address on the domain, is this outlet
             * @default []
             */
            aliases?: string[];
            /**
             * @default other
             * @enum {string}
             */
            category?: "wire" | "national" | "regional" | "foreign" | "union" | "official" | "other";
            /**
             * @description credibility of one report of it alone, before corroboration by other outlets
             * @default 3
             */
            credibility?: number;
            /**
             * @default press
             * @enum {string}
             */
            kind?: "field_report" | "press" | "official" | "social" | "other";
            /** @description as shown, e.g. "Le Monde" */
            name: string;
            notes?: string;
            /**
             * @description default reliability of its reports, A (reliable) to F (cannot be judged)
             * @enum {string}
             */
            reliability: "A" | "B" | "C" | "D" | "E" | "F";
        };
        OutletPatch: {
            aliases?: string[];
            /** @enum {string} */
            category?: "wire" | "national" | "regional" | "foreign" | "union" | "official" | "other";
            credibility?: number;
            /** @enum {string} */
            kind?: "field_report" | "press" | "official" | "social" | "other";
            /** @description as shown, e.g. "Le Monde" */
            name?: string;
            notes?: string | null;
            /** @enum {string} */
            reliability?: "A" | "B" | "C" | "D" | "E" | "F";
            /** @description the version you read; a stale one gets 409 */
            version: number;
        };
        Paths: {
            from: components["schemas"]["ActorRef"];
            note: string | null;
            paths: {
                actors: components["schemas"]["ActorRef"][];
                relationships: components["schemas"]["Relationship"][];
            }[];
            to: components["schemas"]["ActorRef"];
        };
        Place: {
            commune?: string;
            /** @description ISO 3166-1 alpha-2, default FR */
            country?: string;
            /** @description INSEE department code (e.g. "54") or name */
            department?: string;
            lat: number | null;
            lon: number | null;
            /**
             * @default commune
             * @enum {string}
             */
            precision?: "site" | "commune" | "department" | "country";
        };
        Playbook: {
            id: string;
            name: string;
            name_en: string;
            tasks: {
                due_hours: number;
                title: string;
                title_en: string;
            }[];
            trigger_kind: string;
        };
        Posture: {
            alert_id: string | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            decided_at: string | null;
            decided_by: string | null;
            decision_reason: string | null;
            /** Format: date-time */
            expires_at: string | null;
            id: string;
            /** @enum {string} */
            level: "normal" | "reinforced" | "high" | "maximal";
            reason: string;
            /** @enum {string} */
            scope: "national" | "directorate" | "site";
            scope_id: string;
            scope_name: string;
            set_by: string;
            /** @enum {string} */
            state: "proposed" | "active" | "superseded" | "expired" | "rejected";
            words: components["schemas"]["Words"] | null;
        };
        PostureDecision: {
            reason?: string;
        };
        PostureInput: {
            /**
             * Format: date-time
             * @description when the level lapses back (absent: until changed)
             */
            expires_at?: string;
            /** @enum {string} */
            level: "normal" | "reinforced" | "high" | "maximal";
            reason: string;
            /** @enum {string} */
            scope: "national" | "directorate" | "site";
            /**
             * @description '' for national, a directorate code or a facility id
             * @default
             */
            scope_id?: string;
        };
        QueueItem: components["schemas"]["Candidate"] & {
            article: {
                feed_id: string | null;
                /** Format: uuid */
                id: string;
                published: string;
                title: string | null;
                url: string | null;
            };
        };
        RecaptureInput: {
            at: string;
            note?: string;
            place: components["schemas"]["FuzzyPlace"];
            source: components["schemas"]["Source"];
            /** @description the version read; a record that moved on is a conflict */
            version?: number;
        };
        Reference: {
            departments: {
                code: string;
                directorate_code: string | null;
                name: string;
            }[];
            directorates: {
                code: string;
                name: string;
            }[];
            drugs: ("cocaine" | "cannabis" | "heroin" | "synthetic" | "other")[];
            event_types: ("gunfire" | "arson" | "vehicle_arson" | "attempted_arson" | "explosive" | "graffiti" | "threat" | "doxxing" | "assault_on_staff" | "drone_drop" | "projection" | "intrusion" | "escape" | "escape_attempt" | "transport_ambush" | "riot" | "contraband_found" | "other")[];
            place_precisions: ("site" | "commune" | "department" | "country")[];
            reliability_grades: ("A" | "B" | "C" | "D" | "E" | "F")[];
            signature_kinds: ("tag" | "slogan" | "symbol" | "vehicle_plate" | "vehicle_description" | "phone" | "online_handle" | "other")[];
            site_spots: ("gate" | "perimeter" | "staff_car_park" | "visitor_car_park" | "inside" | "staff_home" | "public_road" | "hospital" | "court" | "other")[];
            source_kinds: ("field_report" | "press" | "official" | "social" | "other")[];
            statuses: ("reported" | "verified" | "refuted" | "duplicate")[];
            target_kinds: ("facility" | "staff_vehicle" | "staff_home" | "staff_person" | "transport" | "court" | "training_school" | "other")[];
            time_precisions: ("exact" | "hour" | "night" | "day" | "week" | "month" | "year" | "approx")[];
        };
        RejectCandidate: {
            reason: string;
            /** @description the candidate version you read; a stale one gets 409 */
            version?: number;
        };
        Relationship: {
            confidence: number;
            created_at: string;
            description: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "member_of" | "leads" | "uses" | "owns" | "seen_at" | "held_at" | "linked_to";
            marking: components["schemas"]["Marking"];
            /** Format: uuid */
            source_id: string;
            sources: {
                article_id?: string;
                candidate_id?: string;
                corroborating_outlets?: number;
                credibility: number;
                /** @enum {string} */
                graded_by?: "source" | "register" | "analyst";
                kind: string;
                outlet?: string;
                published_at?: string;
                reliability: string;
                reported_credibility?: number;
                title?: string;
                url?: string;
            }[];
            /** Format: uuid */
            target_id: string;
            /** @description a date (YYYY-MM-DD) */
            valid_from: string | null;
            /** @description a date (YYYY-MM-DD) */
            valid_until: string | null;
            version: number;
        };
        RelationshipInput: {
            /**
             * @description 0-100, the analyst's confidence
             * @default 50
             */
            confidence?: number | null;
            description?: string;
            /** @enum {string} */
            kind: "member_of" | "leads" | "uses" | "owns" | "seen_at" | "held_at" | "linked_to";
            /**
             * @description TLP 2.0: CLEAR and GREEN for every user, AMBER for the owner and the organisations it shares with, AMBER+STRICT for the owner, RED for its author and the owner's supervisors
             * @default AMBER
             * @enum {string}
             */
            marking?: "CLEAR" | "GREEN" | "AMBER" | "AMBER+STRICT" | "RED";
            /** Format: uuid */
            source_id: string;
            /** @default [] */
            sources?: components["schemas"]["Source"][];
            /** Format: uuid */
            target_id: string;
            /** Format: date */
            valid_from?: string;
            /** Format: date */
            valid_until?: string;
        };
        ReopenCandidate: {
            /** @description the candidate version you read; a stale one gets 409 */
            version?: number;
        };
        RiskForecast: {
            at: string;
            horizon_hours: number;
            items: components["schemas"]["SiteRisk"][];
        };
        Seizure: {
            agency: string | null;
            compartments: string[];
            country: string;
            created_at: string;
            description: string | null;
            drug: string;
            external_id: string | null;
            /** Format: uuid */
            id: string;
            marking: components["schemas"]["Marking"];
            occurred: {
                end: string;
                precision: string;
                start: string;
                timezone: string;
            };
            organisation: {
                id: string;
                kind: string | null;
                name: string;
            } | null;
            place: {
                commune: string | null;
                country: string;
                department: {
                    code: string;
                    name: string;
                } | null;
                lat: number | null;
                lon: number | null;
                precision: string | null;
            } | null;
            quantity: {
                kg: number;
                unit: string;
                value: number;
            };
            route: string | null;
            sources: {
                article_id?: string;
                candidate_id?: string;
                corroborating_outlets?: number;
                credibility: number;
                /** @enum {string} */
                graded_by?: "source" | "register" | "analyst";
                kind: string;
                outlet?: string;
                published_at?: string;
                reliability: string;
                reported_credibility?: number;
                title?: string;
                url?: string;
            }[];
            updated_at: string;
            value: {
                amount: number;
                currency: string | null;
            } | null;
            version: number;
            vessel: string | null;
        };
        SeizureFact: {
            agency: string | null;
            commune: string | null;
            country: string;
            date: string | null;
            department: string | null;
            directorate: string | null;
            drug: string;
            id: string;
            kilograms: number;
            lat: number | null;
            lon: number | null;
            organisation: {
                id: string;
                kind: string | null;
                name: string | null;
            } | null;
            quantity: {
                unit: string;
                value: number;
            };
            route: string | null;
            value: {
                amount: number;
                currency: string | null;
            } | null;
            vessel: string | null;
        };
        SeizureInput: {
            /** @description e.g. "OFAST", "Douane", "US DOJ" */
            agency?: string;
            /**
             * @description a record in a compartment is readable only by users who hold it
             * @default []
             */
            compartments?: "STAFF"[];
            description?: string;
            /** @enum {string} */
            drug: "cocaine" | "cannabis" | "heroin" | "synthetic" | "other";
            /** @description caller's own identifier, unique across Vigie; importing it again changes nothing */
            external_id?: string;
            /**
             * @description TLP 2.0: CLEAR and GREEN for every user, AMBER for the owner and the organisations it shares with, AMBER+STRICT for the owner, RED for its author and the owner's supervisors
             * @default AMBER
             * @enum {string}
             */
            marking?: "CLEAR" | "GREEN" | "AMBER" | "AMBER+STRICT" | "RED";
            occurred: components["schemas"]["Occurred"];
            /** @description an organisation by name or alias; created when unknown */
            organisation?: string | {
                /**
                 * @default group
                 * @enum {string}
                 */
                kind?: "gang" | "cartel" | "group" | "agency" | "union";
                name: string;
            };
            place?: components["schemas"]["Place"];
            quantity: {
                /**
                 * @default kg
                 * @enum {string}
                 */
                unit?: "mg" | "g" | "kg" | "t" | "lb" | "oz";
                value: number;
            };
            route?: string;
            /** @default [] */
            sources?: components["schemas"]["Source"][];
            value?: {
                amount: number | null;
                /** @default EUR */
                currency?: string;
            };
            vessel?: string;
        };
        SeizureTotals: {
            from: string | null;
            /** @enum {string} */
            group_by: "drug" | "month" | "directorate" | "agency" | "route";
            groups: {
                count: number;
                key: string;
                kilograms: number;
                label: string;
            }[];
            to: string | null;
            total: {
                count: number;
                kilograms: number;
            };
        };
        SeizureYearToDate: {
            current: {
                count: number;
                first_day: string;
                /** Format: date-time */
                from: string;
                kilograms: number;
                last_day: string;
                /** Format: date-time */
                to: string;
            };
            date: string;
            drug: string | null;
            months: number | null;
            previous: {
                count: number;
                first_day: string;
                /** Format: date-time */
                from: string;
                kilograms: number;
                last_day: string;
                /** Format: date-time */
                to: string;
            };
            previous_year: {
                count: number;
                first_day: string;
                /** Format: date-time */
                from: string;
                kilograms: number;
                last_day: string;
                /** Format: date-time */
                to: string;
            };
            ratio: number | null;
            ratio_to_previous_year: number | null;
            sentence: {
                en: string;
                fr: string;
            };
        };
        Session: {
            csrf_token: string | null;
            user: components["schemas"]["User"];
        };
        SetupState: {
            setup_needed: boolean;
        };
        SightingInput: {
            note?: string;
            place: components["schemas"]["FuzzyPlace"];
            seen: components["schemas"]["Occurred"];
            source: components["schemas"]["Source"];
        };
        SignatureInput: {
            /**
             * @default tag
             * @enum {string}
             */
            kind?: "tag" | "slogan" | "symbol" | "vehicle_plate" | "vehicle_description" | "phone" | "online_handle" | "other";
            text: string;
        };
        SiteRisk: {
            background: number;
            excitation: number;
            expected: number;
            /** @description the detainee profiles' factor, when the site has one */
            factor?: number;
            horizon_hours: number;
            probability: number;
            reasons: components["schemas"]["SiteRiskReason"][];
            /** @description null when the site has no usual rate */
            relative_risk: number | null;
            site: {
                id: string;
                name: string;
            };
            site_id: string;
        };
        SiteRiskReason: {
            /** @description site_incidents, directorate_incidents, kind_incidents, signature_region, campaign, campaign_cover (with the watch list on, off by default: a site among the first ones to cover a shape the campaign may take: shape return|spread, share in %, its own rank), usual_rates, detainee_profiles, recent_activity */
            code: string;
            params: {
                [key: string]: string | number | string[];
            };
        };
        Source: {
            /**
             * Format: uuid
             * @description the stored article this source was read from (review)
             */
            article_id?: string;
            /**
             * Format: uuid
             * @description the review candidate whose evidence shows where in the article
             */
            candidate_id?: string;
            /** @description independent outlets reporting the same record */
            corroborating_outlets?: number;
            /**
             * @description Admiralty credibility 1-6, after corroboration by other outlets of the same record
             * @default 6
             */
            credibility?: number;
            /**
             * @description where the grade came from
             * @enum {string}
             */
            graded_by?: "source" | "register" | "analyst";
            /**
             * @description when absent: the source register's kind for the outlet, else other
             * @default other
             * @enum {string}
             */
            kind?: "field_report" | "press" | "official" | "social" | "other";
            /** @description who published it ("Le Monde", "AFP", "UFAP-UNSa Justice"); without a grade, the source register grades it */
            outlet?: string;
            published_at?: string;
            /**
             * @description Admiralty reliability A-F; when absent, the source register's grade for the outlet (or the address's domain), else F
             * @default F
             * @enum {string}
             */
            reliability?: "A" | "B" | "C" | "D" | "E" | "F";
            /** @description the credibility of this report alone, when corroboration by other outlets raised it */
            reported_credibility?: number;
            title?: string;
            /** Format: uri */
            url?: string;
        };
        StaffDetails: {
            home_address?: string;
            name?: string;
            notes?: string;
            phone?: string;
            role?: string;
        };
        StixBundle: {
            id: string;
            objects: ({
                id: string;
                type: string;
            } & {
                [key: string]: unknown;
            })[];
            /** @enum {string} */
            type: "bundle";
        };
        StixBundleOut: {
            id: string;
            objects: components["schemas"]["StixObject"][];
            /** @enum {string} */
            type: "bundle";
        };
        StixImportResult: components["schemas"]["ImportResult"] & {
            /** @description entities, relationships and incident roles stored */
            graph?: {
                created: number;
                entities: number;
                relationships: number;
                roles: number;
            };
            /** @description objects kept, attached to an incident and ignored, counted by STIX type */
            objects: {
                attached?: {
                    [key: string]: number;
                };
                ignored?: {
                    [key: string]: number;
                };
                kept?: {
                    [key: string]: number;
                };
            };
            refused: {
                message: string;
                path: string;
            }[];
        };
        StixObject: {
            /** @description type--UUID */
            id: string;
            /**
             * @description on every object of STIX 2.1
             * @example 2.1
             */
            spec_version?: string;
            type: string;
        } & {
            [key: string]: unknown;
        };
        Task: {
            alert_id: string | null;
            assignee_id: string | null;
            context?: components["schemas"]["TaskContext"];
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            due_at: string | null;
            id: string;
            overdue: boolean;
            owner_org_id: string;
            playbook_id: string | null;
            /** @enum {string} */
            state: "open" | "in_progress" | "done" | "cancelled";
            title: string;
            title_en: string | null;
            /** Format: date-time */
            updated_at: string;
            version: number;
        };
        TaskAssignee: {
            id: string;
            name: string;
        };
        TaskComment: {
            /** Format: date-time */
            at: string;
            author: string;
            id: string;
            text: string;
        };
        TaskCommentInput: {
            text: string;
        };
        TaskContext: {
            alert: {
                id: string;
                kind: string;
                /** @enum {string} */
                severity: "info" | "low" | "medium" | "high" | "critical";
                title: string;
                words: components["schemas"]["AlertWords"] | null;
            } | null;
            assignee: string | null;
            hidden_incidents: number;
            incidents: components["schemas"]["IncidentSummary"][];
            sites: string[];
        };
        TaskPatch: {
            /** Format: uuid */
            assignee_id?: string | null;
            /** Format: date-time */
            due_at?: string | null;
            /** @enum {string} */
            state?: "open" | "in_progress" | "done" | "cancelled";
            version: number;
        };
        User: {
            compartments: string[];
            created_at: string;
            disabled: boolean;
            display_name: string | null;
            id: string;
            last_login_at: string | null;
            locked_until: string | null;
            organisation: {
                id: string;
                name: string;
            };
            /** @enum {string} */
            role: "reporter" | "analyst" | "supervisor" | "investigator" | "admin";
            username: string;
        };
        UserChange: {
            compartments?: "STAFF"[];
            disabled?: boolean;
            display_name?: string;
            organisation?: string;
            /**
             * @description generate a new password, returned once
             * @enum {boolean}
             */
            reset_password?: true;
            /** @enum {string} */
            role?: "reporter" | "analyst" | "supervisor" | "investigator" | "admin";
            /**
             * @description clear a lock-out after failed sign-ins
             * @enum {boolean}
             */
            unlock?: true;
        };
        VigieEvent: {
            data: {
                [key: string]: unknown;
            };
            id: string;
            link: string | null;
            marking: components["schemas"]["Marking"];
            /** Format: date-time */
            occurred_at: string;
            sequence: number;
            /** @enum {string} */
            severity: "info" | "low" | "medium" | "high" | "critical";
            subject_id: string;
            title: string;
            title_en: string | null;
            /** @enum {string} */
            type: "alert.opened" | "alert.updated" | "alert.escalated" | "alert.resolved" | "posture.proposed" | "posture.changed" | "task.opened" | "task.updated" | "task.overdue" | "campaign.alarm" | "incident.created" | "brief.published" | "import_job.updated";
        };
        WatchEntry: {
            /** Format: date-time */
            created_at: string;
            id: string;
            /** @enum {string} */
            kind: "tag" | "vehicle_plate" | "phone" | "online_handle";
            normalized: string;
            note: string | null;
            value: string;
        };
        WatchInput: {
            /** @enum {string} */
            kind: "tag" | "vehicle_plate" | "phone" | "online_handle";
            note?: string;
            value: string;
        };
        WaveAlarm: {
            /** Format: uuid */
            campaign_id: string | null;
            details: {
                [key: string]: unknown;
            };
            ended: {
                at: string | null;
                by: string | null;
                reason: string | null;
            } | null;
            explanation: string;
            /** Format: uuid */
            id: string;
            incident_ids: string[];
            /** @enum {string} */
            method: "poisson_scan" | "signature_burst" | "permutation_scan" | "hawkes";
            p_value: number;
            raised_at: string;
            recurrence_years: number | null;
            sites: {
                id: string;
                name: string;
            }[];
            /**
             * @description standing until a person ends it
             * @enum {string}
             */
            state: "standing" | "ended";
            statistic: number;
            updated_at: string;
            updates: {
                at: string;
                members: number;
                p_value: number;
                sites: number;
            }[];
            window: {
                end: string;
                start: string;
            };
            words: components["schemas"]["Words"];
        };
        WaveAlarmEnd: {
            reason: string;
        };
        Webhook: {
            created_at: string;
            created_by: string | null;
            enabled: boolean;
            event_types: string[];
            /** Format: uuid */
            id: string;
            min_severity: string;
            name: string;
            owner_org_id: string;
            /** @description the secret's first characters, to recognise it */
            secret_prefix: string;
            url: string;
        };
        WebhookDelivery: {
            attempts: number;
            created_at: string;
            delivered_at: string | null;
            event_id: string;
            event_title: string;
            event_type: string;
            /** Format: uuid */
            id: string;
            last_error: string | null;
            last_status: number | null;
            log: {
                at: string;
                attempt: number;
                duration_ms: number;
                error: string | null;
                status: number | null;
            }[];
            next_attempt_at: string | null;
            /** @enum {string} */
            state: "pending" | "delivered" | "dead";
            /** Format: uuid */
            webhook_id: string;
        };
        WebhookInput: {
            /** @default true */
            enabled?: boolean;
            /**
             * @description event types to receive; empty: all of them
             * @default []
             */
            event_types?: ("alert.opened" | "alert.updated" | "alert.escalated" | "alert.resolved" | "posture.proposed" | "posture.changed" | "task.opened" | "task.updated" | "task.overdue" | "campaign.alarm" | "incident.created" | "brief.published" | "import_job.updated")[];
            /**
             * @default info
             * @enum {string}
             */
            min_severity?: "info" | "low" | "medium" | "high" | "critical";
            name: string;
            /** Format: uri */
            url: string;
        };
        WebhookPatch: {
            enabled?: boolean;
            event_types?: ("alert.opened" | "alert.updated" | "alert.escalated" | "alert.resolved" | "posture.proposed" | "posture.changed" | "task.opened" | "task.updated" | "task.overdue" | "campaign.alarm" | "incident.created" | "brief.published" | "import_job.updated")[];
            /** @enum {string} */
            min_severity?: "info" | "low" | "medium" | "high" | "critical";
            name?: string;
            /** Format: uri */
            url?: string;
        };
        /** @description the explanation as a code with parameters */
        Words: {
            code: string;
            params: {
                [key: string]: string | number | string[] | null;
            };
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
