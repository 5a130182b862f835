package org.handmademarket.identity.sessions;

import java.util.Set;

/** Sessions whose rows were deleted: their cached copies must go once the deletion commits. */
record SessionsRevoked(Set<String> tokenHashes) {

  SessionsRevoked {
    tokenHashes = Set.copyOf(tokenHashes);
  }
}
