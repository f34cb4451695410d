Feature: Netball bibs
  A netball side has seven bibs: GS, GA, WA, C, WD, GD and GK. Each bib is worn by one
  player and each player wears one bib at a time. Handing a bib back frees it, and two
  players wearing bibs can swap. The free bibs are listed in that order.

  Scenario: picking bibs
    Given all seven bibs are on the bench
    When Mia puts on the GA bib
    And Ben puts on the GK bib
    Then Mia is wearing GA
    And the free bibs are "GS, WA, C, WD, GD"

  Scenario: a bib that is taken
    Given all seven bibs are on the bench
    When Ava puts on the C bib
    And Sam puts on the C bib
    Then that is refused with "the C bib is taken by Ava"
    When Sam puts on the WD bib
    And Ava puts on the GS bib
    Then that is refused with "Ava is already wearing C"
    And the free bibs are "GS, GA, WA, GD, GK"

  Scenario: handing back
    Given all seven bibs are on the bench
    When Leo puts on the GD bib
    And Leo hands back the bib
    And Leo hands back the bib
    Then that is refused with "Leo has no bib"
    When Zoe puts on the GD bib
    Then Zoe is wearing GD
    And the free bibs are "GS, GA, WA, C, WD, GK"

  Scenario: a swap at half time
    Given all seven bibs are on the bench
    When Mia puts on the WA bib
    And Ben puts on the C bib
    And Mia and Ben swap bibs
    Then Mia is wearing C
    And Ben is wearing WA
    When Ben and Dad swap bibs
    Then that is refused with "Dad has no bib"
