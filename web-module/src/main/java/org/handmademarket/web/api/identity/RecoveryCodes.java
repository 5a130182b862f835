package org.handmademarket.web.api.identity;

import java.util.List;

/**
 * The shape of the answer to confirming an authenticator app, {@code {recoveryCodes}}, for the
 * OpenAPI document only: the resource answers with a map of the same shape.
 */
public record RecoveryCodes(List<String> recoveryCodes) {}
