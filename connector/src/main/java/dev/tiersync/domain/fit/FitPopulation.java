package dev.tiersync.domain.fit;

/**
 * Who the fit was learnt from and applied to.
 *
 * @param customers established customers, with a quality score
 * @param newCustomers customers whose first win is too recent to learn from
 * @param learntFrom the customers the schemes were trained on: all of them, or a sample stratified by
 *     quality when there are more than {@code training-sample}
 */
public record FitPopulation(int accounts, int customers, int newCustomers, int prospects, int learntFrom) implements java.io.Serializable {

    public boolean sampled() {
        return learntFrom < customers;
    }
}
