/**
 * The words the story search listens to. Each class is a weak prior: a step or a description with
 * one of its words makes a reading, an effect or a guard cheaper to try (or, for a few, possible at
 * all); the examples still decide. One place for them, so a word is added once and seen by all.
 */

// read in allowances.ts and search.ts
/** Words of a command that starts a period again: "a new week starts", "the month begins", "reset". */
export const NEW_PERIOD =
  /\b(new|next) (day|week|month|year|term|season|period|session)\b|\b(day|week|month|year|term|season|period|session) (starts|begins|ends)\b|\b(reset|resets|restart|restarts)\b/

/** Words of a Given that sets what each may use: the limit the entries are taken from. */
export const ALLOWANCE_WORDS = /\b(allowance|allowances|allowed|quota|quotas|entitled|entitlement)\b/

/** A Given that gives everyone the same number ("each student has 100 pages to print this term"). */
export const EVERYONE_WORDS = /\b(each|every|everyone|everybody|per)\b/

// read in bookings.ts
/** Words of a command that takes a slot. */
export const HOLD = /\b(books?|booked|reserves?|reserved|takes?|claims?|claimed|rents?|rented)\b/

/** Words of a command that frees one. */
export const RELEASE = /\b(cancels?|cancelled|frees?|freed|releases?|released|gives? up)\b/

/** Words that say a slot is free. */
export const FREE = /\b(free|available|vacant|open)\b/

// read in collections.ts
/** Words of a command that moves an amount from one party to another. */
export const TRANSFER = /\b(lends?|lent|gives?|gave|transfers?|transferred|sends?|sent|pays?|paid|moves?|moved|passes|passed)\b/

/** Words of a yes/no step about the whole list: "everything is packed", "the basket is empty". */
export const ALL_OR_NOTHING = /\b(empty|blank|nothing|everything|all|none)\b/

// read in dial.ts
/** Words of a command that goes back to what was there before. */
export const BACK = /\b(back|previous|recall|recalls|return|returns|flick|flicks|last)\b/
/** Words of a command that turns a dial one step up, or one step down. */
export const UP = /\b(up|next|forward|forwards|right)\b/
export const DOWN = /\b(down|previous|back|backward|backwards|left)\b/

// read in list-moves.ts
/** Words of a command that moves an item one place toward the front, or toward the back. */
export const UP_ONE = /\b(up|forward|earlier|ahead)\b/
export const DOWN_ONE = /\b(down|back|later|behind)\b/

/** Words of a command whose two items trade places, or two keys their records. */
export const SWAP_WORDS = /\b(swap|swaps|swapped|switch|switches|switched|trade|trades|traded|exchange|exchanges|exchanged)\b/

/** Words that say nobody is at a place ("leg {int} has no runner", "there is no singer {int}"). */
export const NONE_THERE = /\b(no|none|nobody|no one|nothing)\b/

// read in numbered-places.ts
/** Words of a feature that number its places ("numbered from 1", "the lowest free hook"). */
export const NUMBERED_PLACES = /\b(numbered|lowest|first free|next free)\b/

// read in places.ts
/** Words of a step about places, a waiting list, bookings. */
export const PLACES = /\b(places?|free|left|bookings?|booked|waiting|wait|queue|list|mats?|seats?|spots?)\b/
export const WAITING = /\b(waiting|wait|queue)\b/
export const PLACED = /\b(a place|booked|a seat|a mat|a spot)\b/

// read in priced-lines.ts
/** Words of a command that states a price: "at 0.40 euros", "at 2.10 each". */
export const PRICED = /\b(at|each|per|apiece|euros?|dollars?|pounds?|price|priced|costs?|costing)\b/

// read in rates.ts
/** Words of a step that says time goes by ("10 minutes pass", "an hour goes by"). */
export const TIME_PASSES = /\b(pass|passes|passed|go by|goes by|went by|elapse|elapses|elapsed|later|wait|waits|waited)\b/

/** Words of a feature that say what is left runs out and stays at nothing. */
export const RUNS_OUT = /\b(runs? out|ran out|expire[sd]?|never (goes )?below|down to (0|zero|nothing)|no time is left)\b/

/** Words of a command that turns a yes/no state the other way, whichever it was. */
export const TOGGLE = /\b(toggle|toggles|toggled|button|press|pressed|presses|switch|switched|flick|flicked)\b/

/** Words that speak of the best so far ("the best run", "the highest score", "a record"): a second quantity keeps it. */
export const BEST_SO_FAR = /\b(best|record|highest|longest|high score|top score|peak)\b/

/** Words of a feature that say a quantity stops at a bound it names. */
export const STOPS_AT = /\b(stops? at|up to|no more than|never (goes )?(above|over|past)|capped at|full at)\b/

// read in records.ts
/** Words of a command that takes a record away. */
export const RECORD_REMOVE =
  /\b(remove|removes|removed|delete|deletes|deleted|drop|drops|dropped|erase|erased|discard|discarded|clear|clears|cleared|wipe|wipes|wiped)\b/

/** Words of a Then step that says a key is not kept ("the catalogue has no book "X""). */
export const ABSENT = /\b(free|no|not|none|without|missing|absent|gone|unknown)\b/

// read in search.ts
/** Words of a command that adds to a quantity. */
export const INCREASE =
  /\b(deposit|deposits|add|adds|added|receive|received|top|topped|raise|raised|increase|increased|load|loaded|earn|earns|credit|in|up|gain|gains|buys?|bought|arrives?|enters?)\b/

/** Words of a command that takes from a quantity. */
export const DECREASE =
  /\b(withdraw|withdraws|withdrawn|spend|spent|pay|pays|paid|payment|ship|shipped|take|takes|taken|lower|lowered|decrease|decreased|use|uses|used|debit|sell|sold|out|down|redeem|redeemed|claim|claims|claimed|leaves?|checks? in|lose|loses)\b/

/** Words of a command that fills a quantity up again. */
export const REFILL =
  /\b(refill|refills|refilled|fill|fills|filled|full|restock|restocks|restocked|recharge|recharges|recharged|reload|reloads|reset|resets|restart|restarts|swap|swaps|swapped|replace|replaces|replaced)\b/

/** Words of a command that takes an item off a list. */
export const LIST_REMOVE =
  /\b(cancel|cancels|cancelled|remove|removes|removed|cross|crossed|return|returns|returned|finish|finishes|finished|delete|deleted|drop|dropped|off|frees?|leaves?)\b/

/** Words of a command that starts a quantity again from nothing. */
export const RESET = /\b(reset|resets|cleared|clear|clears|restart|zero)\b/

/** Words of a command that serves the front of a queue, and one that takes the top of a stack. */
export const SERVE = /\b(serve|serves|served|next|print|prints|printed|board|boards|called|call|plays?|play)\b/
export const POP = /\b(pop|pops|top|stack|takes? (a|the) (plate|tray)|last in)\b/

/** Words of a command that goes the other way round an order, one that moves on to the next mode, a Given of an empty start, undo and redo. */
export const BACKWARDS = /\b(anti|counter)|\b(back|backwards|previous|reverse|reversed|down|other way)\b/
export const CYCLE =
  /\b(change|changes|changed|turn|turns|turned|press|pressed|toggle|toggles|switch|switches|next|cycle|advance|advances)\b/
export const EMPTY = /\b(empty|new|fresh|blank|no)\b/
export const UNDO = /\b(undo|undoes|undone|undid|revert|reverts|reverted|takes? back)\b/
export const REDO = /\b(redo|redoes|redone|redid)\b/

/** Words of a description that states how many a thing holds. */
export const CAPACITY_WORDS = /\b(at most|limit|capacity|maximum|holds|up to|room for|(?:has|have|with) \d+ \w+)\b/

/** Words of a story that counts failed tries (a lockout). */
export const STRIKE_WORDS = /\b(in a row|wrong|tries|try|attempts?|failures?|failed|strikes?|mistakes?|locks?|locked|lockout)\b/

/** Words of a command that goes back to how things were before the last change. */
export const BACK_TO_BEFORE = /\b(back|return|returns|resume|resumes|resumed|let go|released?|lets go|ends|over|unpause[sd]?)\b/

/** Words of a command that sets the limit a Given set up. */
export const LIMIT_WORDS = /\b(goal|target|limit|maximum|capacity)\b/

/** Words of a command that moves an item from one list to another ("I mark "Dune" as watched"). */
export const MOVE = /\b(marks?|marked|moves?|moved|ticks?|ticked|files?|filed|archives?|archived)\b/

/** Words that some items of a queue go ahead of the others. */
export const AHEAD = /\b(ahead|priority|prioritised|prioritized|urgent|before every|jumps?|first)\b/

/** Words of a Then step that reads what is left under a bound. */
export const LEFT_UNDER = /\b(left|still|remaining|remains|more|to go|spare)\b/

/** Words that bound what all the keys hold together: "at most 12 pieces of fruit in all". */
export const ALL_KEYS = /\b(in all|in total|altogether|all together|combined)\b/i

/** Words of a message that says nothing is left (of the quantity, or of the room a cap leaves: "full"). */
export const EMPTY_WORDS = /\b(empty|none|nothing|no|sold out|out of|all gone|run out|ran out|full)\b/i

// read in streaks.ts
/** Words of a story that counts days in a row. */
export const STREAK_WORDS = /\b(streaks?|in a row|days running|running days)\b/

// read in tally.ts
/** Words that a thing is logged a second time. */
export const AGAIN = /\b(twice|again|already|more than once|a second time)\b/

// read in shortfall.ts
/** Words of a refusal for too little of something. */
export const SHORTFALL =
  /\b(not enough|cannot cover|can't cover|can not cover|cannot afford|can't afford|cannot pay for|insufficient|too little|short of)\b/
