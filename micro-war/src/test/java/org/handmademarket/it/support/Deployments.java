package org.handmademarket.it.support;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The archive under test: the WAR this module built, exactly as it ships, plus the test probes. */
public final class Deployments {

  private Deployments() {}

  public static WebArchive marketplace() {
    return asShipped()
        .addClasses(
            ProbeResource.class,
            ProbeResource.Parcel.class,
            IdentityProbeResource.class,
            LogCapture.class,
            CallerProbe.class,
            InventoryProbeResource.class,
            SearchProbeResource.class,
            FeedProbeResource.class,
            NotificationsProbeResource.class);
  }

  /** The WAR without the probes, for tests of what the shipped application publishes. */
  public static WebArchive asShipped() {
    File war = new File(System.getProperty("marketplace.war", "target/marketplace.war"));
    return ShrinkWrap.create(ZipImporter.class, "marketplace.war")
        .importFrom(war)
        .as(WebArchive.class);
  }
}
