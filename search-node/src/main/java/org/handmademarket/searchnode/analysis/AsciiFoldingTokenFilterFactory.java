package org.handmademarket.searchnode.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.NormalizingTokenFilterFactory;
import org.elasticsearch.index.analysis.TokenFilterFactory;

/**
 * The {@code asciifolding} token filter ("Café" becomes "Cafe"), with {@code preserve_original}.
 *
 * <p>It is allowed in normalizers. Normalizers and synonym rules need exactly one token per input
 * token, so both use the folded form only, whatever {@code preserve_original} says.
 */
final class AsciiFoldingTokenFilterFactory extends AbstractTokenFilterFactory
    implements NormalizingTokenFilterFactory {

  private final boolean preserveOriginal;

  AsciiFoldingTokenFilterFactory(String name, Settings settings) {
    super(name);
    this.preserveOriginal = settings.getAsBoolean("preserve_original", false);
  }

  @Override
  public TokenStream create(TokenStream tokenStream) {
    return new ASCIIFoldingFilter(tokenStream, preserveOriginal);
  }

  @Override
  public TokenStream normalize(TokenStream tokenStream) {
    return new ASCIIFoldingFilter(tokenStream, false);
  }

  @Override
  public TokenFilterFactory getSynonymFilter() {
    if (preserveOriginal == false) {
      return this;
    }
    String name = name();
    return new TokenFilterFactory() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public TokenStream create(TokenStream tokenStream) {
        return new ASCIIFoldingFilter(tokenStream, false);
      }
    };
  }
}
