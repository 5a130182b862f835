package org.handmademarket.localstack.demo;

import java.time.Instant;
import java.util.List;

/** A row of {@code users} with its {@code user_roles}. */
record DemoUser(
    long id,
    String email,
    String displayName,
    String passwordHash,
    List<String> roles,
    Instant createdAt) {}
