Feature: Bin collection day
  Bins are collected on Monday in the N1 and N4 postcode districts, on Wednesday in N2 and N7, and on Friday everywhere else.

  Scenario Outline: looking up the collection day
    Given a house in postcode district <district>
    When the collection day is looked up
    Then the bins go out on <day>

    Examples:
      | district | day    |
      | N4       | Monday |
      | N9       | Friday |
      | W2       | Friday |
