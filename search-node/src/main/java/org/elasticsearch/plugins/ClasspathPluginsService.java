package org.elasticsearch.plugins;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.elasticsearch.Build;
import org.elasticsearch.action.admin.cluster.node.info.PluginsAndModules;
import org.elasticsearch.env.Environment;
import org.elasticsearch.plugins.spi.SPIClassIterator;

/**
 * A {@link PluginsService} that serves plugin classes already on the application classpath.
 *
 * <p>{@link LoadedPlugin} and the extension/plugin loading helpers are package-private, hence the
 * package. All plugins share the application class loader here, which matters for service-provider
 * lookups: see {@link #loadServiceProviders(Class)}.
 */
public class ClasspathPluginsService extends PluginsService {

  private final List<LoadedPlugin> classpathPlugins;

  public ClasspathPluginsService(
      Environment environment,
      PluginsLoader emptyLoader,
      List<Class<? extends Plugin>> pluginClasses) {
    super(environment.settings(), environment.configDir(), emptyLoader);
    ClassLoader loader = ClasspathPluginsService.class.getClassLoader();
    List<LoadedPlugin> loaded = new ArrayList<>();
    for (Class<? extends Plugin> pluginClass : pluginClasses) {
      Plugin instance = loadPlugin(pluginClass, environment.settings(), environment.configDir());
      loaded.add(new LoadedPlugin(describe(pluginClass), instance, loader));
    }
    loadExtensions(loaded);
    this.classpathPlugins = List.copyOf(loaded);
  }

  private static PluginDescriptor describe(Class<? extends Plugin> pluginClass) {
    return new PluginDescriptor(
        pluginClass.getName(),
        "classpath plugin",
        "NA",
        Build.current().version(),
        Integer.toString(Runtime.version().feature()),
        pluginClass.getName(),
        null,
        List.of(),
        false,
        false,
        false,
        false,
        PluginDescriptor.DeploymentTarget.ALL);
  }

  @Override
  protected List<LoadedPlugin> plugins() {
    return classpathPlugins;
  }

  @Override
  public PluginsAndModules info() {
    return new PluginsAndModules(
        classpathPlugins.stream().map(p -> new PluginRuntimeInfo(p.descriptor())).toList(),
        List.of());
  }

  /**
   * The default implementation scans each plugin's class loader for providers; with one shared
   * class loader every plugin would report every provider on the classpath. Providers are therefore
   * kept once per class, created for the plugin whose class their constructor asks for (if any).
   */
  @Override
  public <T> List<? extends T> loadServiceProviders(Class<T> service) {
    Map<Class<?>, T> byClass = new HashMap<>();
    for (LoadedPlugin plugin : classpathPlugins) {
      Plugin instance = plugin.instance();
      var providers = SPIClassIterator.get(service, instance.getClass().getClassLoader());
      while (providers.hasNext()) {
        Class<? extends T> providerClass = providers.next();
        if (byClass.containsKey(providerClass) || acceptsPlugin(providerClass, instance) == false) {
          continue;
        }
        byClass.put(providerClass, createExtension(providerClass, service, instance));
      }
    }
    return List.copyOf(byClass.values());
  }

  private static boolean acceptsPlugin(Class<?> providerClass, Plugin plugin) {
    for (var constructor : providerClass.getConstructors()) {
      if (constructor.getParameterCount() == 1
          && constructor.getParameterTypes()[0] != plugin.getClass()) {
        return false;
      }
    }
    return true;
  }
}
