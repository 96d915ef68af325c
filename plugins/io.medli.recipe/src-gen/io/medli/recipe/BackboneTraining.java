/**
 */
package io.medli.recipe;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Backbone Training</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see io.medli.recipe.RecipePackage#getBackboneTraining()
 * @model
 * @generated
 */
public enum BackboneTraining implements Enumerator {
	/**
	 * The '<em><b>Frozen</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FROZEN_VALUE
	 * @generated
	 * @ordered
	 */
	FROZEN(0, "frozen", "frozen"),

	/**
	 * The '<em><b>Pretrained</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRETRAINED_VALUE
	 * @generated
	 * @ordered
	 */
	PRETRAINED(1, "pretrained", "pretrained"),

	/**
	 * The '<em><b>Scratch</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SCRATCH_VALUE
	 * @generated
	 * @ordered
	 */
	SCRATCH(2, "scratch", "scratch");

	/**
	 * The '<em><b>Frozen</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FROZEN
	 * @model name="frozen"
	 * @generated
	 * @ordered
	 */
	public static final int FROZEN_VALUE = 0;

	/**
	 * The '<em><b>Pretrained</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRETRAINED
	 * @model name="pretrained"
	 * @generated
	 * @ordered
	 */
	public static final int PRETRAINED_VALUE = 1;

	/**
	 * The '<em><b>Scratch</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SCRATCH
	 * @model name="scratch"
	 * @generated
	 * @ordered
	 */
	public static final int SCRATCH_VALUE = 2;

	/**
	 * An array of all the '<em><b>Backbone Training</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final BackboneTraining[] VALUES_ARRAY =
		new BackboneTraining[] {
			FROZEN,
			PRETRAINED,
			SCRATCH,
		};

	/**
	 * A public read-only list of all the '<em><b>Backbone Training</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<BackboneTraining> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Backbone Training</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BackboneTraining get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			BackboneTraining result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Backbone Training</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BackboneTraining getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			BackboneTraining result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Backbone Training</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BackboneTraining get(int value) {
		switch (value) {
			case FROZEN_VALUE: return FROZEN;
			case PRETRAINED_VALUE: return PRETRAINED;
			case SCRATCH_VALUE: return SCRATCH;
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
	private BackboneTraining(int value, String name, String literal) {
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
	
} //BackboneTraining
