/**
 */
package io.medli.recipe.impl;

import io.medli.recipe.RecipePackage;
import io.medli.recipe.Search;
import io.medli.recipe.SearchStrategy;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Search</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.medli.recipe.impl.SearchImpl#getStrategy <em>Strategy</em>}</li>
 *   <li>{@link io.medli.recipe.impl.SearchImpl#getMaxTrials <em>Max Trials</em>}</li>
 *   <li>{@link io.medli.recipe.impl.SearchImpl#getMaxMinutes <em>Max Minutes</em>}</li>
 *   <li>{@link io.medli.recipe.impl.SearchImpl#getSeed <em>Seed</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SearchImpl extends MinimalEObjectImpl.Container implements Search {
	/**
	 * The default value of the '{@link #getStrategy() <em>Strategy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStrategy()
	 * @generated
	 * @ordered
	 */
	protected static final SearchStrategy STRATEGY_EDEFAULT = SearchStrategy.EXHAUSTIVE;

	/**
	 * The cached value of the '{@link #getStrategy() <em>Strategy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStrategy()
	 * @generated
	 * @ordered
	 */
	protected SearchStrategy strategy = STRATEGY_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxTrials() <em>Max Trials</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxTrials()
	 * @generated
	 * @ordered
	 */
	protected static final int MAX_TRIALS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMaxTrials() <em>Max Trials</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxTrials()
	 * @generated
	 * @ordered
	 */
	protected int maxTrials = MAX_TRIALS_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxMinutes() <em>Max Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxMinutes()
	 * @generated
	 * @ordered
	 */
	protected static final int MAX_MINUTES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMaxMinutes() <em>Max Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxMinutes()
	 * @generated
	 * @ordered
	 */
	protected int maxMinutes = MAX_MINUTES_EDEFAULT;

	/**
	 * The default value of the '{@link #getSeed() <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeed()
	 * @generated
	 * @ordered
	 */
	protected static final long SEED_EDEFAULT = 1L;

	/**
	 * The cached value of the '{@link #getSeed() <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeed()
	 * @generated
	 * @ordered
	 */
	protected long seed = SEED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SearchImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RecipePackage.Literals.SEARCH;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SearchStrategy getStrategy() {
		return strategy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStrategy(SearchStrategy newStrategy) {
		SearchStrategy oldStrategy = strategy;
		strategy = newStrategy == null ? STRATEGY_EDEFAULT : newStrategy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecipePackage.SEARCH__STRATEGY, oldStrategy, strategy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMaxTrials() {
		return maxTrials;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxTrials(int newMaxTrials) {
		int oldMaxTrials = maxTrials;
		maxTrials = newMaxTrials;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecipePackage.SEARCH__MAX_TRIALS, oldMaxTrials, maxTrials));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMaxMinutes() {
		return maxMinutes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxMinutes(int newMaxMinutes) {
		int oldMaxMinutes = maxMinutes;
		maxMinutes = newMaxMinutes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecipePackage.SEARCH__MAX_MINUTES, oldMaxMinutes, maxMinutes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSeed() {
		return seed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeed(long newSeed) {
		long oldSeed = seed;
		seed = newSeed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecipePackage.SEARCH__SEED, oldSeed, seed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RecipePackage.SEARCH__STRATEGY:
				return getStrategy();
			case RecipePackage.SEARCH__MAX_TRIALS:
				return getMaxTrials();
			case RecipePackage.SEARCH__MAX_MINUTES:
				return getMaxMinutes();
			case RecipePackage.SEARCH__SEED:
				return getSeed();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case RecipePackage.SEARCH__STRATEGY:
				setStrategy((SearchStrategy)newValue);
				return;
			case RecipePackage.SEARCH__MAX_TRIALS:
				setMaxTrials((Integer)newValue);
				return;
			case RecipePackage.SEARCH__MAX_MINUTES:
				setMaxMinutes((Integer)newValue);
				return;
			case RecipePackage.SEARCH__SEED:
				setSeed((Long)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case RecipePackage.SEARCH__STRATEGY:
				setStrategy(STRATEGY_EDEFAULT);
				return;
			case RecipePackage.SEARCH__MAX_TRIALS:
				setMaxTrials(MAX_TRIALS_EDEFAULT);
				return;
			case RecipePackage.SEARCH__MAX_MINUTES:
				setMaxMinutes(MAX_MINUTES_EDEFAULT);
				return;
			case RecipePackage.SEARCH__SEED:
				setSeed(SEED_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case RecipePackage.SEARCH__STRATEGY:
				return strategy != STRATEGY_EDEFAULT;
			case RecipePackage.SEARCH__MAX_TRIALS:
				return maxTrials != MAX_TRIALS_EDEFAULT;
			case RecipePackage.SEARCH__MAX_MINUTES:
				return maxMinutes != MAX_MINUTES_EDEFAULT;
			case RecipePackage.SEARCH__SEED:
				return seed != SEED_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (strategy: ");
		result.append(strategy);
		result.append(", maxTrials: ");
		result.append(maxTrials);
		result.append(", maxMinutes: ");
		result.append(maxMinutes);
		result.append(", seed: ");
		result.append(seed);
		result.append(')');
		return result.toString();
	}

} //SearchImpl
