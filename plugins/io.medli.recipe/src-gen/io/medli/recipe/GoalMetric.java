/**
 */
package io.medli.recipe;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Goal Metric</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see io.medli.recipe.RecipePackage#getGoalMetric()
 * @model
 * @generated
 */
public enum GoalMetric implements Enumerator {
	/**
	 * The '<em><b>Min Fidelity</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MIN_FIDELITY_VALUE
	 * @generated
	 * @ordered
	 */
	MIN_FIDELITY(0, "minFidelity", "min-fidelity-db"),

	/**
	 * The '<em><b>Max Accuracy Drop</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MAX_ACCURACY_DROP_VALUE
	 * @generated
	 * @ordered
	 */
	MAX_ACCURACY_DROP(1, "maxAccuracyDrop", "max-accuracy-drop"),

	/**
	 * The '<em><b>Min Speedup</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MIN_SPEEDUP_VALUE
	 * @generated
	 * @ordered
	 */
	MIN_SPEEDUP(2, "minSpeedup", "min-speedup"),

	/**
	 * The '<em><b>Max Latency</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MAX_LATENCY_VALUE
	 * @generated
	 * @ordered
	 */
	MAX_LATENCY(3, "maxLatency", "max-latency-ms"),

	/**
	 * The '<em><b>Max Size</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MAX_SIZE_VALUE
	 * @generated
	 * @ordered
	 */
	MAX_SIZE(4, "maxSize", "max-size"),

	/**
	 * The '<em><b>Max Peak Memory</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MAX_PEAK_MEMORY_VALUE
	 * @generated
	 * @ordered
	 */
	MAX_PEAK_MEMORY(5, "maxPeakMemory", "max-peak-memory");

	/**
	 * The '<em><b>Min Fidelity</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MIN_FIDELITY
	 * @model name="minFidelity" literal="min-fidelity-db"
	 * @generated
	 * @ordered
	 */
	public static final int MIN_FIDELITY_VALUE = 0;

	/**
	 * The '<em><b>Max Accuracy Drop</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MAX_ACCURACY_DROP
	 * @model name="maxAccuracyDrop" literal="max-accuracy-drop"
	 * @generated
	 * @ordered
	 */
	public static final int MAX_ACCURACY_DROP_VALUE = 1;

	/**
	 * The '<em><b>Min Speedup</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MIN_SPEEDUP
	 * @model name="minSpeedup" literal="min-speedup"
	 * @generated
	 * @ordered
	 */
	public static final int MIN_SPEEDUP_VALUE = 2;

	/**
	 * The '<em><b>Max Latency</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MAX_LATENCY
	 * @model name="maxLatency" literal="max-latency-ms"
	 * @generated
	 * @ordered
	 */
	public static final int MAX_LATENCY_VALUE = 3;

	/**
	 * The '<em><b>Max Size</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MAX_SIZE
	 * @model name="maxSize" literal="max-size"
	 * @generated
	 * @ordered
	 */
	public static final int MAX_SIZE_VALUE = 4;

	/**
	 * The '<em><b>Max Peak Memory</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MAX_PEAK_MEMORY
	 * @model name="maxPeakMemory" literal="max-peak-memory"
	 * @generated
	 * @ordered
	 */
	public static final int MAX_PEAK_MEMORY_VALUE = 5;

	/**
	 * An array of all the '<em><b>Goal Metric</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final GoalMetric[] VALUES_ARRAY =
		new GoalMetric[] {
			MIN_FIDELITY,
			MAX_ACCURACY_DROP,
			MIN_SPEEDUP,
			MAX_LATENCY,
			MAX_SIZE,
			MAX_PEAK_MEMORY,
		};

	/**
	 * A public read-only list of all the '<em><b>Goal Metric</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<GoalMetric> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Goal Metric</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static GoalMetric get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			GoalMetric result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Goal Metric</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static GoalMetric getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			GoalMetric result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Goal Metric</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static GoalMetric get(int value) {
		switch (value) {
			case MIN_FIDELITY_VALUE: return MIN_FIDELITY;
			case MAX_ACCURACY_DROP_VALUE: return MAX_ACCURACY_DROP;
			case MIN_SPEEDUP_VALUE: return MIN_SPEEDUP;
			case MAX_LATENCY_VALUE: return MAX_LATENCY;
			case MAX_SIZE_VALUE: return MAX_SIZE;
			case MAX_PEAK_MEMORY_VALUE: return MAX_PEAK_MEMORY;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private GoalMetric(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //GoalMetric
