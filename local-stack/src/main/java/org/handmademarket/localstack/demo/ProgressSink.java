package org.handmademarket.localstack.demo;

import java.io.PrintStream;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/**
 * Passes a catalogue on to the writer and reports as it goes: a line per phase with counts and
 * time, and the share of listings loaded every tenth, so a long load (200,000 listings) shows it is
 * moving.
 */
final class ProgressSink implements CatalogueSink {

  private final PostgresCatalogueWriter writer;
  private final long expectedListings;
  private final PrintStream out;
  private long listings;
  private int reportedTenths;
  private long phaseStarted = System.nanoTime();

  ProgressSink(PostgresCatalogueWriter writer, long expectedListings, PrintStream out) {
    this.writer = writer;
    this.expectedListings = expectedListings;
    this.out = out;
  }

  PostgresCatalogueWriter writer() {
    return writer;
  }

  @Override
  public void users(List<DemoUser> users) throws SQLException {
    writer.users(users);
    report(
        "accounts: %,d (%d demo accounts, %,d sellers)",
        users.size(), DemoAccounts.FIXED_ACCOUNTS, users.size() - DemoAccounts.FIXED_ACCOUNTS + 1);
  }

  @Override
  public void shops(List<DemoShop> shops) throws SQLException {
    writer.shops(shops);
    report("shops: %,d", shops.size());
  }

  @Override
  public void listings(List<DemoListing> batch) throws SQLException {
    writer.listings(batch);
    listings += batch.size();
    int tenths = (int) (listings * 10 / Math.max(1, expectedListings));
    if (tenths > reportedTenths && listings < expectedListings) {
      reportedTenths = tenths;
      out.printf(
          Locale.ROOT,
          "    listings: %3d%% (%,d of %,d) %.1f s%n",
          listings * 100 / expectedListings,
          listings,
          expectedListings,
          DemoCatalogue.seconds(phaseStarted));
    }
    if (listings == expectedListings) {
      report(
          "listings: %,d with %,d tags, %,d materials and %,d photos",
          writer.listingRows(), writer.tagRows(), writer.materialRows(), writer.imageRows());
    }
  }

  @Override
  public void activity(ShopperActivity activity) throws SQLException {
    writer.activity(activity);
    report(
        "shopper activity: %,d favourites, %,d product views",
        activity.favorites().size(), activity.views().size());
  }

  private void report(String format, Object... arguments) {
    out.println(
        "    "
            + String.format(Locale.ROOT, format, arguments)
            + String.format(Locale.ROOT, " in %.1f s", DemoCatalogue.seconds(phaseStarted)));
    phaseStarted = System.nanoTime();
  }
}
