package org.kontingent.demo.internal;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws values in proportion to their weights: a name twice as popular comes up twice as often.
 *
 * @param <T> the values
 */
final class WeightedChoice<T> {
    private final List<T> values;
    private final long[] cumulative;

    WeightedChoice(List<T> values, long[] weights) {
        if (values.isEmpty() || values.size() != weights.length) {
            throw new IllegalArgumentException("need one positive weight for each of at least one value");
        }
        this.values = List.copyOf(values);
        this.cumulative = new long[weights.length];
        long total = 0;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] <= 0) {
                throw new IllegalArgumentException("weight of " + values.get(i) + " is not positive: " + weights[i]);
            }
            total += weights[i];
            cumulative[i] = total;
        }
    }

    T pick(SplittableRandom random) {
        long point = random.nextLong(cumulative[cumulative.length - 1]);
        int index = Arrays.binarySearch(cumulative, point + 1);
        return values.get(index >= 0 ? index : -index - 1);
    }
}
