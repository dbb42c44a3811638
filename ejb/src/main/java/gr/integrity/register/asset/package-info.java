/**
 * The asset declaration ("πόθεν έσχες", Law 5026/2023): real estate, vehicles, deposits and cash, securities,
 * participations, liabilities, the year's income by source, valuables, and the year's acquisitions and disposals
 * with the source of funds; the declarant's spouse or partner and minor children as co-owners. Its schema says
 * which field is public; its rules are the "logical and arithmetic control" a filing gets as it is typed.
 */
package gr.integrity.register.asset;
