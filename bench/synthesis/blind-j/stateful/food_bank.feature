Feature: Food bank shelves
  Donations add tins to the shelf of their item. A food parcel takes the
  listed tins off the shelves. If any item is short, the whole parcel is
  refused with "short of" and the first short item in the parcel list, and
  nothing is taken. Only parcels that were packed count for the day.

  Scenario: packing a parcel
    Given the shelf holds 10 tins of "beans"
    And the shelf holds 5 tins of "soup"
    When a parcel with "2 beans, 1 soup" is packed
    Then the shelf holds 8 tins of "beans"
    And the shelf holds 4 tins of "soup"
    And 1 parcels have been packed today

  Scenario: a donation
    Given the shelf holds 1 tins of "beans"
    When 6 tins of "beans" are donated
    Then the shelf holds 7 tins of "beans"
    When a parcel with "3 beans" is packed
    Then the shelf holds 4 tins of "beans"

  Scenario: out of soup
    Given the shelf holds 4 tins of "beans"
    And the shelf holds 0 tins of "soup"
    When a parcel with "2 beans, 1 soup" is packed
    Then the parcel is refused with "short of soup"
    And the shelf holds 4 tins of "beans"
    And 0 parcels have been packed today

  Scenario: a smaller parcel fits
    Given the shelf holds 2 tins of "beans"
    And the shelf holds 3 tins of "soup"
    And the shelf holds 1 tins of "rice"
    When a parcel with "1 rice, 3 beans, 2 soup" is packed
    Then the parcel is refused with "short of beans"
    When a parcel with "1 rice, 2 beans, 3 soup" is packed
    Then the shelf holds 0 tins of "rice"
    And the shelf holds 0 tins of "beans"
    And the shelf holds 0 tins of "soup"
    And 1 parcels have been packed today

  Scenario: an item never stocked
    Given the shelf holds 3 tins of "beans"
    When a parcel with "1 pasta" is packed
    Then the parcel is refused with "short of pasta"
    When 2 tins of "pasta" are donated
    And a parcel with "1 pasta" is packed
    Then the shelf holds 1 tins of "pasta"
    And 1 parcels have been packed today
