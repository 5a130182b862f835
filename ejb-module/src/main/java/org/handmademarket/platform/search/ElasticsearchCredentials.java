package org.handmademarket.platform.search;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.message.BasicHeader;

/**
 * How the application proves itself to Elasticsearch: an API key ({@code es.api-key}, the encoded
 * form Elasticsearch returns when the key is created) or a user and password ({@code es.username},
 * {@code es.password}); none for a node without security. The key wins when both are set. Never
 * logged: {@link #toString()} names only the kind.
 */
public record ElasticsearchCredentials(
    Optional<String> apiKey, Optional<String> username, Optional<String> password) {

  public static ElasticsearchCredentials none() {
    return new ElasticsearchCredentials(Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** The Authorization header every request carries, if any credentials are configured. */
  public Optional<Header> authorization() {
    Optional<String> key = apiKey.filter(value -> !value.isBlank());
    if (key.isPresent()) {
      return Optional.of(new BasicHeader("Authorization", "ApiKey " + key.get().trim()));
    }
    Optional<String> user = username.filter(value -> !value.isBlank());
    if (user.isPresent()) {
      String pair = user.get() + ":" + password.orElse("");
      String encoded = Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
      return Optional.of(new BasicHeader("Authorization", "Basic " + encoded));
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return apiKey.filter(value -> !value.isBlank()).isPresent()
        ? "API key"
        : username.filter(value -> !value.isBlank()).map(user -> "user " + user).orElse("none");
  }
}
