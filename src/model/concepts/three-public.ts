/**
 * The make-up of the “三公”经费 (t09 and the facts of the Excel template), by item id:
 * 合计 = 因公出国（境）费用 + 公务用车购置及运行维护费 + 公务接待费;
 * 公务用车购置及运行维护费 = 公务用车购置费 + 公务用车运行维护费.
 */

/** The items that make up the 三公 合计, in printed order. */
export const THREE_PUBLIC_PARTS = ['abroad', 'car', 'reception'] as const;

/** The item that is the 公务用车 subtotal, and its two parts. */
export const OFFICIAL_CAR = 'car';
export const OFFICIAL_CAR_PARTS = ['carPurchase', 'carRun'] as const;
