package org.handmademarket.searchnode.analysis;

import java.io.Reader;
import java.util.Set;
import org.apache.lucene.analysis.charfilter.HTMLStripCharFilter;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.analysis.AbstractCharFilterFactory;

/**
 * The {@code html_strip} char filter for listing descriptions written with markup; {@code
 * escaped_tags} names tags to keep.
 */
final class HtmlStripCharFilterFactory extends AbstractCharFilterFactory {

  private final Set<String> escapedTags;

  HtmlStripCharFilterFactory(String name, Settings settings) {
    super(name);
    this.escapedTags = Set.copyOf(settings.getAsList("escaped_tags"));
  }

  @Override
  public Reader create(Reader reader) {
    return escapedTags.isEmpty()
        ? new HTMLStripCharFilter(reader)
        : new HTMLStripCharFilter(reader, escapedTags);
  }
}
