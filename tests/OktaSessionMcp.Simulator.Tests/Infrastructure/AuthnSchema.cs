namespace OktaSessionMcp.Simulator.Tests.Infrastructure;

/// <summary>
/// sessions-openapi.yaml covers the Management API only, so the authn answer is checked against this schema,
/// written from Okta's Authentication API reference ("Authentication transaction object", "User object" and
/// "User profile object" of developer.okta.com/docs/reference/api/authn/), trimmed to the SUCCESS state.
/// </summary>
internal static class AuthnSchema
{
    public const string Yaml = """
        components:
          schemas:
            AuthenticationTransaction:
              type: object
              required: [expiresAt, status, sessionToken, _embedded]
              properties:
                stateToken: { type: string }
                type: { type: string }
                expiresAt: { type: string, format: date-time }
                status:
                  type: string
                  enum: [UNAUTHENTICATED, PASSWORD_WARN, PASSWORD_EXPIRED, RECOVERY, RECOVERY_CHALLENGE, PASSWORD_RESET,
                         LOCKED_OUT, MFA_ENROLL, MFA_ENROLL_ACTIVATE, MFA_REQUIRED, MFA_CHALLENGE, SUCCESS]
                factorResult: { type: string }
                sessionToken: { type: string }
                relayState: { type: string }
                _embedded:
                  type: object
                  required: [user]
                  properties:
                    user: { $ref: '#/components/schemas/AuthnUser' }
                _links: { type: object }
            AuthnUser:
              type: object
              required: [id, profile]
              properties:
                id: { type: string }
                passwordChanged: { type: string, format: date-time }
                profile:
                  type: object
                  required: [login]
                  additionalProperties: false
                  properties:
                    login: { type: string }
                    firstName: { type: string }
                    lastName: { type: string }
                    locale: { type: string }
                    timeZone: { type: string }
        """;
}
