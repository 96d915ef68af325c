/**
 */
package io.medli.recipe;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Search</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.medli.recipe.Search#getStrategy <em>Strategy</em>}</li>
 *   <li>{@link io.medli.recipe.Search#getMaxTrials <em>Max Trials</em>}</li>
 *   <li>{@link io.medli.recipe.Search#getMaxMinutes <em>Max Minutes</em>}</li>
 *   <li>{@link io.medli.recipe.Search#getSeed <em>Seed</em>}</li>
 * </ul>
 *
 * @see io.medli.recipe.RecipePackage#getSearch()
 * @model
 * @generated
 */
public interface Search extends EObject {
	/**
	 * Returns the value of the '<em><b>Strategy</b></em>' attribute.
	 * The literals are from the enumeration {@link io.medli.recipe.SearchStrategy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Strategy</em>' attribute.
	 * @see io.medli.recipe.SearchStrategy
	 * @see #setStrategy(SearchStrategy)
	 * @see io.medli.recipe.RecipePackage#getSearch_Strategy()
	 * @model
	 * @generated
	 */
	SearchStrategy getStrategy();

	/**
	 * Sets the value of the '{@link io.medli.recipe.Search#getStrategy <em>Strategy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Strategy</em>' attribute.
	 * @see io.medli.recipe.SearchStrategy
	 * @see #getStrategy()
	 * @generated
	 */
	void setStrategy(SearchStrategy value);

	/**
	 * Returns the value of the '<em><b>Max Trials</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Max Trials</em>' attribute.
	 * @see #setMaxTrials(int)
	 * @see io.medli.recipe.RecipePackage#getSearch_MaxTrials()
	 * @model
	 * @generated
	 */
	int getMaxTrials();

	/**
	 * Sets the value of the '{@link io.medli.recipe.Search#getMaxTrials <em>Max Trials</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Trials</em>' attribute.
	 * @see #getMaxTrials()
	 * @generated
	 */
	void setMaxTrials(int value);

	/**
	 * Returns the value of the '<em><b>Max Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Max Minutes</em>' attribute.
	 * @see #setMaxMinutes(int)
	 * @see io.medli.recipe.RecipePackage#getSearch_MaxMinutes()
	 * @model
	 * @generated
	 */
	int getMaxMinutes();

	/**
	 * Sets the value of the '{@link io.medli.recipe.Search#getMaxMinutes <em>Max Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Minutes</em>' attribute.
	 * @see #getMaxMinutes()
	 * @generated
	 */
	void setMaxMinutes(int value);

	/**
	 * Returns the value of the '<em><b>Seed</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Seed</em>' attribute.
	 * @see #setSeed(long)
	 * @see io.medli.recipe.RecipePackage#getSearch_Seed()
	 * @model default="1"
	 * @generated
	 */
	long getSeed();

	/**
	 * Sets the value of the '{@link io.medli.recipe.Search#getSeed <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Seed</em>' attribute.
	 * @see #getSeed()
	 * @generated
	 */
	void setSeed(long value);

} // Search
