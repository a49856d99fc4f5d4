#!/usr/bin/perl
# Prints the last statement the service executed, as PostgreSQL logged it from byte OFFSET of its
# log, whose text matches PATTERN, with the bound parameters written in as literals.
# A VALUE=TEXT argument writes TEXT instead of the parameter bound to VALUE (a pgbench variable).
# usage: statement.pl LOGFILE OFFSET PATTERN [VALUE=TEXT...]
use strict;
use warnings;

my ($file, $offset, $pattern, @swaps) = @ARGV;
my %swap = map { split /=/, $_, 2 } @swaps;
open my $log, '<', $file or die "$file: $!";
seek $log, $offset, 0;
my @records;
while (my $line = <$log>) {
    if ($line =~ /^\d{4}-\d\d-\d\d \d/ || !@records) { push @records, $line } else { $records[-1] .= $line }
}
my $found;
for my $i (0 .. $#records) {
    next unless $records[$i] =~ /LOG:\s+duration: [\d.]+ ms\s+execute (?!fetch)[^:]*: (.*)/s;
    my $sql = $1;
    next unless $sql =~ /$pattern/s;
    my %params;
    if ($i < $#records && $records[$i + 1] =~ /DETAIL:\s+parameters: (.*)/s) {
        my $list = $1;
        while ($list =~ /\$(\d+) = ('(?:[^']|'')*'|NULL)/g) { $params{$1} = $2 }
    }
    $sql =~ s/\$(\d+)\b/my $v = $params{$1}; (defined $v && defined $swap{substr($v, 1, -1)}) ? $swap{substr($v, 1, -1)} : $v/ge;
    $sql =~ s/\s+\z//;
    $found = $sql;
}
defined $found or die "no statement matching $pattern in $file after byte $offset\n";
print "$found;\n";
