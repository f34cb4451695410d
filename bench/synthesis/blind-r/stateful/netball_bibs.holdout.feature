Feature: Netball bibs
  A netball side has seven bibs: GS, GA, WA, C, WD, GD and GK. Each bib is worn by one
  player and each player wears one bib at a time. Handing a bib back frees it, and two
  players wearing bibs can swap. The free bibs are listed in that order.

  Scenario: changing position
    Given all seven bibs are on the bench
    When Zoe puts on the GS bib
    And Dad puts on the GK bib
    And Zoe hands back the bib
    And Dad puts on the GS bib
    Then that is refused with "Dad is already wearing GK"
    And the free bibs are "GS, GA, WA, C, WD, GD"

  Scenario: both want wing defence
    Given all seven bibs are on the bench
    When Sam puts on the WD bib
    And Leo puts on the WD bib
    Then that is refused with "the WD bib is taken by Sam"
    When Leo puts on the GA bib
    And Sam and Leo swap bibs
    Then Sam is wearing GA
    And Leo is wearing WD

  Scenario: a late arrival
    Given all seven bibs are on the bench
    When Ava hands back the bib
    Then that is refused with "Ava has no bib"
    When Ava puts on the C bib
    And Ava and Mia swap bibs
    Then that is refused with "Mia has no bib"
    And Ava is wearing C
