Feature: Sponsored walk
  Sponsors pledge an amount for every mile a walker covers. A walker raises their miles times
  the sum of their pledges, counting miles walked before a pledge too. A sponsor pledges only
  once to each walker.

  Scenario: a walker nobody sponsored
    Given Omar and Lily are walking
    When Priya pledges 1.00 a mile to Omar
    And Dev pledges 2.00 a mile to Omar
    And Omar walks 7 miles
    Then Omar has raised 21.00
    When Lily walks 10 miles
    Then Lily has raised 0.00
    And the walk has raised 21.00 in all

  Scenario: pledging after the first stretch
    Given Tom and Ella are walking
    When Ella walks 3 miles
    And Priya pledges 4.00 a mile to Ella
    And Priya pledges 4.00 a mile to Ella
    Then the organiser says "Priya already sponsors Ella"
    When Ella walks 9 miles
    Then Ella has raised 48.00

  Scenario: small pledges for both
    Given Tom and Ella are walking
    When Priya pledges 0.75 a mile to Max
    Then the organiser says "Max is not walking"
    When Priya pledges 0.75 a mile to Tom
    And Dev pledges 0.75 a mile to Ella
    And Tom walks 12 miles
    And Ella walks 4 miles
    Then Tom has raised 9.00
    And the walk has raised 12.00 in all
