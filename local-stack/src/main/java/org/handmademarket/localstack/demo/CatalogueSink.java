package org.handmademarket.localstack.demo;

import java.sql.SQLException;
import java.util.List;

/**
 * Where a generated catalogue goes, table group by table group, in the order foreign keys need:
 * users, shops, listings (in batches, ids ascending), then the shoppers' activity.
 */
interface CatalogueSink {

  void users(List<DemoUser> users) throws SQLException;

  void shops(List<DemoShop> shops) throws SQLException;

  void listings(List<DemoListing> batch) throws SQLException;

  void activity(ShopperActivity activity) throws SQLException;
}
