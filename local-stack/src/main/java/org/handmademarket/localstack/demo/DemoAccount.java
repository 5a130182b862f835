package org.handmademarket.localstack.demo;

import java.util.List;

/** A demo sign-in to print for developers: local demo data only, never a real credential. */
public record DemoAccount(String email, String password, List<String> roles) {}
