package se.paragraf.util;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A bounded least-recently-used cache for pure functions of immutable keys. The value is computed
 * outside the lock, so a slow computation never holds up other threads; two threads missing the
 * same key at once may both compute it, which is harmless for a pure function.
 */
public final class LruCache<K, V> {
  private final Map<K, V> map;

  public LruCache(int capacity) {
    this.map = new LinkedHashMap<>(64, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > capacity;
      }
    };
  }

  /** The cached value of {@code key}, computing and keeping it when missing (null is not kept). */
  public V get(K key, Function<? super K, ? extends V> compute) {
    synchronized (map) {
      V v = map.get(key);
      if (v != null) {
        return v;
      }
    }
    V v = compute.apply(key);
    if (v != null) {
      synchronized (map) {
        map.put(key, v);
      }
    }
    return v;
  }

  /** The cached value of {@code key}, or null. */
  public V peek(K key) {
    synchronized (map) {
      return map.get(key);
    }
  }

  public void put(K key, V value) {
    synchronized (map) {
      map.put(key, value);
    }
  }

  public int size() {
    synchronized (map) {
      return map.size();
    }
  }
}
