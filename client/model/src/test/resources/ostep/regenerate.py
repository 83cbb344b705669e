#!/usr/bin/env python3
"""Regenerates the OSTEP golden files by running the real tools.

Usage:
    git -C <ostep-homework clone> archive 6c6cfc7e82c274fb7f0f068b5a75e1b42f7615b6 | tar -x -C /tmp/ostep-tools
    python3 client/model/src/test/resources/ostep/regenerate.py /tmp/ostep-tools [tool ...]

It runs each case of CASES below with this machine's python3 (CPython 3.11 here) in a scratch directory
that holds the x86 programs of x86/, and writes golden/<tool>.golden: per case the arguments, the programs
it reads, the exit status and the exact standard output. Standard error is not kept (Python prints
tracebacks there; the ports print a one-line stand-in). It also writes OstepHelp.java, the tools' -h text.
CI never runs this: the golden files are committed, and OstepGoldenTest compares the ports with them.
The tools' code and their .s samples are not ours to commit: point this script at a checkout of them.
"""
import json
import re
import os
import random
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
GOLDEN = os.path.join(HERE, 'golden')
PROGRAMS = os.path.join(HERE, 'x86')
HELP_JAVA = os.path.join(HERE, '..', '..', '..', 'main', 'java', 'org', 'timeslice', 'model', 'ostep', 'tool',
                         'OstepHelp.java')

TOOLS = ['cpu-intro/process-run.py', 'cpu-sched/scheduler.py', 'cpu-sched-mlfq/mlfq.py',
         'cpu-sched-lottery/lottery.py', 'cpu-sched-multi/multi.py', 'cpu-api/fork.py',
         'threads-intro/x86.py', 'threads-locks/x86.py']

MARK = '@@@ '


def golden_name(tool):
    return tool.replace('/', '_') + '.golden'


# ---------------------------------------------------------------------------- cases

def fork_cases(r):
    # Without -s fork.py seeds from the OS (every run differs), so every random case names a seed.
    cases = [['-s', '0'], ['-s', '0', '-c'], ['-s', '1', '-t'], ['-s', '2', '-t', '-c'], ['-s', '3', '-F'],
             ['-s', '4', '-F', '-c'], ['-s', '5', '-t', '-F'], ['-s', '6', '-t', '-F', '-c'], ['-h'], ['--help'], ['-s', '4', '-c'], ['-s', '10', '-a', '10', '-c', '-P', 'basic'],
             ['-A', 'a+b,b+c,c+d,c+e,c-', '-c'], ['-A', 'a+b,b+c,c+d,c+e,c-', '-c', '-R'],
             ['-A', 'a+b,b+c,c+d,c+e,c-', '-c', '-L'], ['-A', 'a+b,a+c,b+d,b+e,d+f,b-', '-c', '-P', 'line1'],
             ['-A', 'a+b,a+c,b+d,b+e,d+f,b-', '-c', '-P', 'line2', '-R'],
             ['-A', 'a+b,b-,a+b,b+c', '-c'], ['-A', 'a+b,x+c', '-c'], ['-A', 'a+b,a-', '-c'],
             ['-A', 'a+b,b', '-c'], ['-A', 'a+b,,', '-c'], ['-A', 'a+b+c'], ['-A', 'a+b,b--', '-c'],
             ['-A', 'a+b,b-c', '-c'], ['-A', 'a+', '-c'], ['-A', 'a+b,b+c', '-L', '-c', '-A', 'a+b,b-'],
             ['-P', 'weird'], ['-P', 'weird', '-A', 'a+b'], ['-f', '0.001'], ['-f', '0'], ['-f', '-1'],
             ['-f', 'abc'], ['-s', 'x'], ['-s', '0x1f', '-c'], ['-s', '010', '-c'], ['-s', '0b11', '-c'],
             ['-s', '-7', '-c'], ['-s', '123456789012345678901234567890', '-c'], ['-a', '0', '-c', '-s', '11'],
             ['-a', '-3', '-c', '-s', '11'], ['-f', '1', '-a', '60', '-c', '-s', '2'], ['-f', '1e-2', '-a', '4', '-c', '-s', '11'],
             ['-f', '.5', '-a', '8', '-c', '-s', '9'], ['-f', '5', '-a', '3', '-c', '-s', '11'],
             ['-f', '0.30000000000000004', '-a', '3', '-s', '11'], ['-f', '1e20', '-a', '2', '-s', '11'], ['-x'], ['--seed'],
             ['-s'], ['--se', '3', '-c'], ['--s', '3'], ['--seed=3', '--actions=7', '--compute'],
             ['--compute=1'], ['-cts', '5'], ['-s5', '-a7', '-c', '--print_style', 'line1'],
             ['-s', '3', '--', '-c'], ['foo', '-s', '3', '-c'], ['-A', 'a+b,b+c,c+d,d+e,e+f,f+g,c-', '-c', '-t'],
             ['-s', '1', '-a', '200', '-f', '0.9', '-c', '-F']]
    styles = ['basic', 'line1', 'line2', 'fancy']
    for k in range(120):
        args = ['-s', str(r.randint(0, 10000))]
        if r.random() < 0.7:
            args += ['-a', str(r.randint(1, 30))]
        if r.random() < 0.5:
            args += ['-f', r.choice(['0.1', '0.3', '0.5', '0.7', '0.9', '0.95', '1.0'])]
        for flag in ['-t', '-F', '-L', '-R', '-c']:
            if r.random() < 0.5:
                args.append(flag)
        if r.random() < 0.6:
            args += ['-P', r.choice(styles)]
        cases.append(args)
    return [(c, {}) for c in cases]


def scheduler_cases(r):
    cases = [[], ['-c'], ['-h'], ['-p', 'SJF', '-c'], ['-p', 'RR', '-c'], ['-p', 'RR', '-q', '3', '-c'],
             ['-p', 'RR', '-q', '2', '-l', '4,3,2,0', '-c'], ['-l', '5,3,8'], ['-l', '5,3,8', '-c'],
             ['-p', 'SJF', '-l', '200,200,200', '-c'], ['-p', 'SJF', '-l', '5,3,5,3,1', '-c'],
             ['-p', 'RR', '-l', '2.5,1.25,3', '-c'], ['-p', 'RR', '-q', '1', '-l', '0.1,0.2,0.3', '-c'],
             ['-l', '0.1,0.2,0.3,0.4', '-c'], ['-p', 'SJF', '-l', '0.3,0.1,0.2', '-c'], ['-l', '-3,4', '-c'],
             ['-p', 'RR', '-l', '-3,4,0', '-c'], ['-l', ' 7, 1e1 ,1_0', '-c'], ['-l', '1e2', '-c', '-p', 'RR', '-q', '30'],
             ['-p', 'XYZ'], ['-p', 'XYZ', '-c'], ['-p', 'rr', '-c'], ['-j', '0', '-c'], ['-j', '0', '-c', '-p', 'RR'],
             ['-j', '-2'], ['-l', '3,,4', '-c'], ['-l', 'abc'], ['-l', '3,abc', '-c'], ['-s', 'x'], ['-q', 'a'],
             ['-z'], ['-m', '0', '-c'], ['-m', '-5', '-j', '6', '-c'], ['-m', '-5', '-j', '6', '-c', '-p', 'RR'],
             ['-m', '1000', '-j', '5', '-s', '3', '-c', '-p', 'SJF'], ['-j', '20', '-m', '3', '-p', 'SJF', '-c'],
             ['-s', '0x10', '-c'], ['-s', '-99', '-c'], ['--policy=RR', '--quantum', '4', '-c', '--jobs=4'],
             ['-p', 'RR', '-q', '0x2', '-c'], ['-p', 'RR', '-q', '1000', '-c'], ['-l', '10', '-c', '-p', 'RR'],
             ['-p', 'FIFO', '-q', '-5', '-c'], ['-l', '0', '-c'], ['-l', '0,0', '-c', '-p', 'RR'],
             ['-l', '1.005,2.675,0.125', '-c'], ['-l', '3', '-j', '5', '-c']]
    for k in range(150):
        args = []
        if r.random() < 0.6:
            args += ['-s', str(r.randint(0, 1000))]
        if r.random() < 0.35:
            n = r.randint(1, 8)
            args += ['-l', ','.join(str(r.choice([r.randint(0, 30), r.randint(1, 300)])) for _ in range(n))]
        else:
            if r.random() < 0.7:
                args += ['-j', str(r.randint(1, 12))]
            if r.random() < 0.6:
                args += ['-m', str(r.randint(1, 100))]
        args += ['-p', r.choice(['FIFO', 'SJF', 'RR', 'RR'])]
        if r.random() < 0.6:
            args += ['-q', str(r.randint(1, 12))]
        if r.random() < 0.8:
            args.append('-c')
        cases.append(args)
    return [(c, {}) for c in cases]


def process_run_cases(r):
    cases = [[], ['-h'], ['-l', '5:100'], ['-l', '5:100', '-c'], ['-l', '5:100,5:100', '-c', '-p'],
             ['-l', '4:100,1:0', '-c', '-p'], ['-l', '1:0,4:100', '-c', '-p'],
             ['-l', '1:0,4:100', '-c', '-p', '-S', 'SWITCH_ON_END'],
             ['-l', '3:0,5:100,5:100,5:100', '-S', 'SWITCH_ON_IO', '-I', 'IO_RUN_LATER', '-c', '-p'],
             ['-l', '3:0,5:100,5:100,5:100', '-S', 'SWITCH_ON_IO', '-I', 'IO_RUN_IMMEDIATE', '-c', '-p'],
             ['-s', '1', '-l', '3:50,3:50', '-c', '-p'], ['-s', '2', '-l', '3:50,3:50', '-c', '-p'],
             ['-s', '3', '-l', '3:50,3:50', '-c', '-p'], ['-l', '3:50', '-L', '0', '-c', '-p'],
             ['-l', '4:0,2:100', '-L', '0', '-c', '-p'], ['-l', '4:0,2:0', '-L', '0', '-c', '-p', '-I', 'IO_RUN_IMMEDIATE'],
             ['-s', '5', '-l', '6:30,6:30', '-L', '0', '-c', '-p', '-S', 'SWITCH_ON_END'],
             ['-l', '0:100,3:100', '-c', '-p'], ['-l', '3:100,0:100,2:50', '-c', '-p'], ['-l', '0:100', '-c'],
             ['-l', '-2:50,3:100', '-c', '-p'], ['-P', 'c3,i,c2:c4', '-c', '-p'], ['-P', 'c3,i,c2:c4'],
             ['-P', 'i,i,i:c1', '-c', '-p', '-L', '2'], ['-P', 'c0:c2', '-c', '-p'], ['-P', 'c-2,i:c1', '-c'],
             ['-P', 'c3,x2'], ['-P', 'c3,,c2'], ['-P', 'c,i'], ['-P', 'c 3,i5', '-c'], ['-P', ':c1', '-c'],
             ['-l', '5:100', '-S', 'SWITCH_ON_OTHER'], ['-l', '5:100', '-I', 'LATER'], ['-l', '5:100', '-L', '-1'],
             ['-l', '5'], ['-l', '5:50:5'], ['-l', '5:50,'], ['-l', 'x:50'], ['-l', '5:y'], ['-l', '5:1e2', '-c'],
             ['-l', '5:50.5', '-c', '-s', '7'], ['-l', '8:-10', '-c'], ['-l', '8:200', '-c'],
             ['-l', '5:100', '-p'], ['-s', 'x'], ['-L', 'x'], ['-q'], ['--iolength=3', '-l', '3:0', '-c', '-p'],
             ['-l', '3:0', '-L', '010', '-c', '-p'], ['-s', '0x7', '-l', '10:40,10:60', '-c', '-p'],
             ['-s', '123456789012345678901234567890', '-l', '6:50', '-c']]
    for k in range(170):
        args = []
        if r.random() < 0.7:
            args += ['-s', str(r.randint(0, 1000))]
        if r.random() < 0.8:
            n = r.randint(1, 4)
            args += ['-l', ','.join('%d:%d' % (r.randint(0, 8), r.choice([0, 25, 50, 75, 100, r.randint(0, 100)]))
                                    for _ in range(n))]
        else:
            procs = []
            for _ in range(r.randint(1, 3)):
                procs.append(','.join(r.choice(['c%d' % r.randint(0, 4), 'i']) for _ in range(r.randint(1, 4))))
            args += ['-P', ':'.join(procs)]
        if r.random() < 0.6:
            args += ['-L', str(r.randint(0, 7))]
        if r.random() < 0.5:
            args += ['-S', r.choice(['SWITCH_ON_IO', 'SWITCH_ON_END'])]
        if r.random() < 0.5:
            args += ['-I', r.choice(['IO_RUN_LATER', 'IO_RUN_IMMEDIATE'])]
        if r.random() < 0.85:
            args.append('-c')
        if r.random() < 0.7:
            args.append('-p')
        cases.append(args)
    return [(c, {}) for c in cases]


def mlfq_cases(r):
    cases = [[], ['-c'], ['-h'], ['-n', '2', '-c'], ['-n', '1', '-c'], ['-l', '0,10,3:0,8,0', '-c'],
             ['-n', '2', '-q', '2', '-S', '-l', '0,4,2:0,6,0', '-c'], ['-Q', '2,4,8', '-A', '1,2,3', '-j', '2', '-c'],
             ['-j', '3', '-s', '3', '-n', '3', '-q', '10', '-M', '10', '-m', '100', '-c'],
             ['-j', '2', '-m', '60', '-M', '8', '-s', '5', '-Q', '2,4,8', '-A', '1,2,3', '-B', '30', '-S', '-I', '-i', '4', '-c'],
             ['-l', '0,200,0:100,20,0:100,20,0', '-c', '-n', '3', '-q', '10'], ['-l', '0,50,5:0,50,0', '-B', '20', '-c'],
             ['-l', '0,30,1:0,30,0', '-I', '-c'], ['-l', '0,30,1:0,30,0', '-I', '-S', '-c', '-i', '0'],
             ['-l', '0,12,3:2,8,2', '-i', '0', '-c', '-n', '2', '-q', '3'], ['-l', '5,5,0', '-c'],
             ['-l', '0,0,0', '-c'], ['-l', '0,3,0:1,0,0:0,2,0', '-c'], ['-l', '0,3,0:0,-2,1', '-c'], ['-l', '0,0,0'],
             ['-l', '0,10,-2', '-c'], ['-l', '0,10,0', '-q', '0', '-c'], ['-l', '0,10,3:0,6,0', '-q', '-2', '-c'],
             ['-l', '0,20,0:0,20,0', '-a', '0', '-c', '-n', '2', '-q', '3'], ['-l', '0,10', '-c'], ['-l', '0,10,3:', '-c'],
             ['-l', 'a,10,3'], ['-l', '0,10,3', '-A', '1,2'], ['-Q', '3,5', '-A', '0,2', '-l', '0,10,0'],
             ['-Q', '3,5', '-A', '2,0', '-l', '0,10,0', '-c'], ['-Q', '3,x'], ['-Q', '3,,5'], ['-A', 'x,1,1'],
             ['-n', '0', '-l', '0,10,0'], ['-n', '0', '-j', '0', '-c'], ['-n', '-2', '-j', '0'], ['-j', '0', '-c'],
             ['-j', '0'], ['-j', '-1', '-c', '-n', '2'], ['-m', '1', '-j', '2', '-c'], ['-m', '0', '-j', '2', '-c'],
             ['-M', '1', '-j', '2', '-c'], ['-M', '0', '-j', '3', '-c', '-s', '2'], ['-B', '-5', '-c', '-j', '2'],
             ['-B', '1', '-l', '0,5,0:0,5,2', '-c'], ['-s', 'q'], ['-x'], ['--boost=10', '--iobump', '-c', '--stay'],
             ['-Q', '10', '-c', '-j', '4', '-s', '8'], ['-Q', '1,1,1,1,1,1', '-j', '3', '-c', '-B', '7']]
    for k in range(150):
        args = []
        if r.random() < 0.7:
            args += ['-s', str(r.randint(0, 1000))]
        if r.random() < 0.4:
            jobs = []
            for _ in range(r.randint(1, 4)):
                jobs.append('%d,%d,%d' % (r.choice([0, 0, r.randint(0, 30)]), r.randint(1, 40), r.choice([0, r.randint(1, 12)])))
            args += ['-l', ':'.join(jobs)]
        else:
            args += ['-j', str(r.randint(1, 4))]
            if r.random() < 0.6:
                args += ['-m', str(r.randint(2, 60))]
            if r.random() < 0.5:
                args += ['-M', str(r.randint(1, 15))]
        if r.random() < 0.4:
            n = r.randint(1, 4)
            args += ['-Q', ','.join(str(r.randint(1, 12)) for _ in range(n))]
            if r.random() < 0.5:
                args += ['-A', ','.join(str(r.randint(1, 3)) for _ in range(n))]
        else:
            if r.random() < 0.5:
                args += ['-n', str(r.randint(1, 5))]
            if r.random() < 0.5:
                args += ['-q', str(r.randint(1, 12))]
            if r.random() < 0.4:
                args += ['-a', str(r.randint(1, 3))]
        if r.random() < 0.4:
            args += ['-B', str(r.choice([0, r.randint(5, 60)]))]
        if r.random() < 0.5:
            args += ['-i', str(r.randint(0, 8))]
        for flag in ['-S', '-I']:
            if r.random() < 0.35:
                args.append(flag)
        if r.random() < 0.85:
            args.append('-c')
        cases.append(args)
    return [(c, {}) for c in cases]


def lottery_cases(r):
    cases = [[], ['-c'], ['-h'], ['-s', '1', '-c'], ['-s', '2', '-c'], ['-s', '3', '-j', '5', '-c'],
             ['-l', '10:100,20:100', '-c'], ['-l', '10:1,10:100', '-c', '-s', '4'], ['-l', '3:5,4:5,2:1', '-q', '2', '-c'],
             ['-l', '10:100,20:100'], ['-l', '10:0,5:10', '-c'], ['-l', '0:10,5:10', '-c'], ['-l', '0:10', '-c'],
             ['-l', '3:0', '-c'], ['-l', '3:0,2:0', '-c'], ['-l', '2:5,0:3,4:1', '-c', '-s', '9'], ['-l', '5:10', '-q', '0', '-c'],
             ['-l', '5:10,3:2', '-q', '3', '-c'], ['-l', '5:10,3:2', '-q', '10', '-c'], ['-l', '5'], ['-l', '5:1:2'],
             ['-l', 'x:1'], ['-l', '5:y'], ['-l', '5:1,'], ['-j', '0', '-c'], ['-j', '-1'], ['-m', '-3', '-j', '2'], ['-T', '-3', '-j', '2', '-m', '4'],
             ['-s', '7', '-j', '4', '-m', '20', '-T', '50', '-c', '-q', '2'], ['-s', 'x'], ['--compute=yes'],
             ['--maxlen=4', '--jobs=2', '--compute'], ['-q', '-1', '-l', '2:3,1:1', '-c'], ['-l', '1000:1', '-q', '999', '-c']]
    for k in range(160):
        args = []
        if r.random() < 0.8:
            args += ['-s', str(r.randint(0, 1000))]
        if r.random() < 0.35:
            n = r.randint(1, 5)
            args += ['-l', ','.join('%d:%d' % (r.randint(1, 15), r.choice([1, 10, 50, 100, r.randint(1, 200)])) for _ in range(n))]
        else:
            if r.random() < 0.7:
                args += ['-j', str(r.randint(1, 6))]
            if r.random() < 0.5:
                args += ['-m', str(r.randint(2, 20))]
            if r.random() < 0.5:
                args += ['-T', str(r.randint(2, 200))]
        if r.random() < 0.5:
            args += ['-q', str(r.randint(1, 5))]
        if r.random() < 0.8:
            args.append('-c')
        cases.append(args)
    return [(c, {}) for c in cases]


def multi_cases(r):
    cases = [[], ['-c'], ['-h'], ['-t', '-c'], ['-t', '-T', '-C', '-S', '-c'], ['-p', '-t', '-T', '-C', '-S', '-c'],
             ['-L', 'a:100:100,b:100:50', '-c', '-t'], ['-L', 'a:30:200', '-n', '1', '-t', '-T', '-C', '-c'],
             ['-L', 'a:100:100,b:100:100,c:100:100', '-n', '2', '-p', '-t', '-T', '-C', '-S', '-c'],
             ['-L', 'a:100:100,b:100:100,c:100:100', '-n', '2', '-p', '-P', '10', '-t', '-S', '-c'],
             ['-L', 'a:50:50,b:50:50,c:50:50,d:50:50', '-n', '3', '-p', '-P', '5', '-t', '-S', '-c', '-s', '3'],
             ['-L', 'a:40:40,b:40:40', '-A', 'a:0,b:1', '-n', '2', '-t', '-c'], ['-L', 'a:40:40,b:40:40', '-A', 'a:0.1', '-p', '-t', '-S', '-c'],
             ['-L', 'a:60:10,b:60:10,c:60:10', '-A', 'a:1,b:1,c:1', '-n', '3', '-p', '-P', '5', '-t', '-S', '-c'],
             ['-L', 'a:20:20,b:20:20', '-o', '-t', '-c', '-s', '5'], ['-L', 'a:20:20,b:20:20,c:20:20', '-o', '-n', '3', '-t', '-c', '-s', '6'],
             ['-L', 'a:30:60,b:30:60', '-M', '100', '-w', '0', '-t', '-C', '-c'], ['-L', 'a:30:60,b:30:60,c:30:30', '-n', '1', '-M', '100', '-w', '3', '-t', '-C', '-T', '-c'],
             ['-L', 'a:30:60,b:30:60', '-r', '1', '-t', '-C', '-c'], ['-L', 'a:30:60,b:30:60', '-r', '5', '-t', '-T', '-c'],
             ['-L', 'a:25:0,b:25:0', '-q', '7', '-t', '-c'], ['-L', 'a:25:0,b:25:0', '-q', '-7', '-t', '-c'],
             ['-L', 'a:0:10,b:5:10', '-t', '-c'], ['-L', 'a:10:10', '-q', '0', '-t', '-c'], ['-L', 'a:10:10', '-q', '0', '-c'],
             ['-L', 'a:10:10', '-n', '1', '-p', '-P', '3', '-t', '-c'], ['-L', 'a:10:10,b:10:10', '-n', '1', '-p', '-P', '3', '-t', '-c'],
             ['-L', 'a:10'], ['-L', 'a:10:10,a:5:5'], ['-L', 'a:x:10'], ['-L', 'a:10:10', '-A', 'b:0'], ['-L', 'a:10:10', '-A', 'a'],
             ['-L', 'a:10:10', '-A', 'a:2'], ['-L', 'a:10:10', '-A', 'a:-1'], ['-L', 'a:10:10', '-A', 'a:x'], ['-L', "it's:10:10,b\\:10:10", '-c'],
             ['-L', "it's:10:10,q:10:10", '-p'], ['-j', '0'], ['-j', '1', '-c', '-t'], ['-j', '5', '-n', '3', '-c', '-t', '-s', '2'],
             ['-j', '4', '-R', '50', '-W', '90', '-p', '-t', '-T', '-C', '-S', '-c', '-s', '7'], ['-s', 'x'], ['--trace=1'],
             ['--num_cpus=3', '--per_cpu_queues', '--compute', '--trace', '--seed=4']]
    for k in range(110):
        args = []
        if r.random() < 0.7:
            args += ['-s', str(r.randint(0, 1000))]
        n = r.randint(1, 4)
        if r.random() < 0.5:
            jobs = ['%s:%d:%d' % (chr(97 + i), r.choice([10, 20, 30, 50, r.randint(0, 60)]), r.choice([0, 20, 50, 100, r.randint(0, 150)]))
                    for i in range(r.randint(1, 5))]
            args += ['-L', ','.join(jobs)]
            if r.random() < 0.3:
                aff = []
                for j in jobs:
                    if r.random() < 0.5:
                        aff.append(j.split(':')[0] + ':' + '.'.join(str(r.randint(0, n - 1)) for _ in range(r.randint(1, 2))))
                if aff:
                    args += ['-A', ','.join(aff)]
        else:
            args += ['-j', str(r.randint(1, 5)), '-R', str(r.randint(10, 80)), '-W', str(r.randint(10, 150))]
        args += ['-n', str(n)]
        if r.random() < 0.5:
            args.append('-p')
            if r.random() < 0.6:
                args += ['-P', str(r.choice([0, r.randint(1, 20)]))]
        for opt, lo, hi in [('-q', 1, 15), ('-w', 0, 12), ('-r', 1, 4), ('-M', 20, 200)]:
            if r.random() < 0.4:
                args += [opt, str(r.randint(lo, hi))]
        for flag in ['-o', '-t', '-T', '-C', '-S']:
            if r.random() < 0.4:
                args.append(flag)
        if r.random() < 0.85:
            args.append('-c')
        cases.append(args)
    return [(c, {}) for c in cases]


X86_COMMON = ['counter.s', 'spin.s', 'ticket.s', 'handoff.s', 'stack.s', 'modes.s', 'vars.s']
X86_BAD = ['bad-opcode.s', 'bad-immediate.s', 'bad-label.s', 'bad-register.s', 'bad-comment.s', 'bad-mov.s',
           'bad-indent.s', 'bad-var.s', 'bad-operand.s', 'bad-xchg.s', 'bad-parens.s']


def x86_cases(r, locks):
    cases = [(['-h'], []), ([], []), (['-p', 'missing.s'], []), (['-p', 'counter.s', '-i', '0'], ['counter.s']),
             (['-p', 'counter.s', '-t', '3', '-a', 'bx=1,bx=2'], ['counter.s']),
             (['-p', 'counter.s', '-a', 'bx=2', '-c'], ['counter.s']),
             (['-p', 'counter.s', '-a', 'bx=3', '-M', '3000', '-R', 'ax,bx', '-C', '-c'], ['counter.s']),
             (['-p', 'counter.s', '-a', 'bx=3', '-M', '3000', '-R', 'ax,bx', '-C'], ['counter.s']),
             (['-p', 'counter.s', '-a', 'bx=3', '-i', '2', '-M', '3000', '-c'], ['counter.s']),
             (['-p', 'counter.s', '-a', 'bx=4', '-i', '3', '-r', '-s', '5', '-M', '3000', '-R', 'ax', '-c'], ['counter.s']),
             (['-p', 'counter.s', '-a', 'bx=1', '-t', '3', '-i', '7', '-c', '-M', '3000'], ['counter.s']),
             (['-p', 'counter.s', '-a', 'bx=1', '-t', '1', '-i', '1', '-c', '-R', 'bx'], ['counter.s']),
             (['-p', 'counter.s', '-a', 'bx=2', '-S', '-c'], ['counter.s']),
             (['-p', 'counter.s', '-a', 'bx=2', '-v', '-c'], ['counter.s']),
             (['-p', 'counter.s', '-a', 'bx=1', '-L', '2000', '-c', '-R', 'sp,bp,zero'], ['counter.s']),
             (['-p', 'counter.s', '-a', 'bx=1', '-m', '4', '-c', '-R', 'sp'], ['counter.s']),
             (['-p', 'counter.s', '-a', 'bx=1', '-m', '1', '-c', '-M', '3000'], ['counter.s']),
             (['-p', 'counter.s', '-a', 'bx=1,bx=2,bx=3'], ['counter.s']), (['-p', 'counter.s', '-a', 'bx'], ['counter.s']),
             (['-p', 'counter.s', '-a', 'qx=1'], ['counter.s']), (['-p', 'counter.s', '-a', 'bx=x'], ['counter.s']),
             (['-p', 'counter.s', '-R', 'ax,gx'], ['counter.s']), (['-p', 'counter.s', '-M', 'nothing', '-a', 'bx=1'], ['counter.s']),
             (['-p', 'counter.s', '-M', '3000,', '-a', 'bx=1'], ['counter.s']), (['-p', 'counter.s', '-M', '99999999', '-c', '-a', 'bx=1'], ['counter.s']),
             (['-p', 'counter.s', '-M', '1000', '-c', '-a', 'bx=1'], ['counter.s']), (['-p', 'counter.s', '-t', '0'], ['counter.s']),
             (['-p', 'spin.s', '-a', 'bx=2', '-i', '4', '-M', '3000,3004', '-R', 'ax', '-c'], ['spin.s']),
             (['-p', 'spin.s', '-a', 'bx=2', '-i', '2', '-r', '-s', '3', '-M', '3000', '-c'], ['spin.s']),
             (['-p', 'ticket.s', '-a', 'bx=2', '-i', '5', '-M', '3000,3008,3012', '-R', 'ax,cx', '-c'], ['ticket.s']),
             (['-p', 'ticket.s', '-a', 'bx=1', '-t', '3', '-i', '3', '-M', 'unused,3000', '-c'], ['ticket.s']),
             (['-p', 'handoff.s', '-a', 'ax=1,ax=0', '-i', '3', '-M', '3016,3020', '-R', 'cx,dx', '-C', '-c'], ['handoff.s']),
             (['-p', 'handoff.s', '-a', 'ax=0,ax=1', '-i', '2', '-C', '-c'], ['handoff.s']),
             (['-p', 'stack.s', '-i', '3', '-R', 'sp,cx,dx', '-M', '3024', '-c'], ['stack.s']),
             (['-p', 'stack.s', '-t', '1', '-v', '-R', 'sp', '-c'], ['stack.s']),
             (['-p', 'modes.s', '-t', '1', '-R', 'ax,bx,cx,dx', '-C', '-c', '-M', '2,3,103'], ['modes.s']),
             (['-p', 'modes.s', '-t', '1', '-v'], ['modes.s']),
             (['-p', 'vars.s', '-M', 'first,second', '-c', '-i', '3'], ['vars.s']),
             (['-p', 'vars.s', '-v', '-t', '1', '-c'], ['vars.s']),
             (['-p', 'runaway.s', '-t', '1', '-c'], ['runaway.s']), (['-p', 'runaway.s', '-i', '1'], ['runaway.s']),
             (['-p', 'crlf.s', '-t', '1', '-R', 'ax', '-c'], ['crlf.s']),
             (['-p', 'counter.s', '-s', 'x'], ['counter.s']), (['--prog=counter.s', '--threads=1', '--compute'], ['counter.s'])]
    for bad in X86_BAD:
        cases.append((['-p', bad], [bad]))
        cases.append((['-p', bad, '-v'], [bad]))
    if locks:
        cases += [(['-p', 'locks-only.s', '-t', '1', '-R', 'ax,bx,cx,dx,ex,fx', '-M', '104,108', '-c'], ['locks-only.s']),
                  (['-p', 'locks-only.s', '-t', '1', '-v'], ['locks-only.s']),
                  (['-p', 'peterson.s', '-a', 'bx=0,bx=1', '-i', '2', '-M', 'count,turn', '-R', 'ax,cx', '-c'], ['peterson.s']),
                  (['-p', 'peterson.s', '-a', 'bx=0,bx=1', '-P', '0011', '-M', 'count', '-c'], ['peterson.s']),
                  (['-p', 'peterson.s', '-a', 'bx=0,bx=1', '-P', '01', '-c', '-R', 'ax'], ['peterson.s']),
                  (['-p', 'counter.s', '-a', 'bx=2', '-P', '0001', '-M', '3000', '-c'], ['counter.s']),
                  (['-p', 'counter.s', '-a', 'bx=2', '-P', '10', '-M', '3000', '-c', '-r', '-i', '9'], ['counter.s']),
                  (['-p', 'counter.s', '-a', 'bx=1', '-P', '002'], ['counter.s']), (['-p', 'counter.s', '-a', 'bx=1', '-P', '00'], ['counter.s']),
                  (['-p', 'counter.s', '-a', 'bx=1', '-P', '0x'], ['counter.s']),
                  (['-p', 'counter.s', '-a', 'bx=3', '-H', '5', '-M', '3000', '-c'], ['counter.s']),
                  (['-p', 'counter.s', '-a', 'bx=2', '-H', '4', '-S', '-c', '-R', 'ax'], ['counter.s']),
                  (['-p', 'counter.s', '-a', 'bx=2', '-S'], ['counter.s'])]
    else:
        cases.append((['-p', 'locks-only.s', '-t', '1'], ['locks-only.s']))
    programs = X86_COMMON + (['locks-only.s', 'peterson.s'] if locks else [])
    for k in range(70):
        prog = r.choice(programs)
        args = ['-p', prog]
        threads = r.randint(1, 3)
        args += ['-t', str(threads)]
        if prog in ('counter.s', 'spin.s', 'ticket.s'):
            args += ['-a', 'bx=%d' % r.randint(1, 3)]
        elif prog == 'handoff.s' and threads == 2:
            args += ['-a', 'ax=0,ax=1']
        elif prog == 'peterson.s':
            args = ['-p', prog, '-t', '2', '-a', 'bx=0,bx=1']
        args += ['-i', str(r.randint(1, 12))]
        if r.random() < 0.4:
            args += ['-r', '-s', str(r.randint(0, 100))]
        if r.random() < 0.5:
            args += ['-M', r.choice(['3000', '3000,3004', '3000,3008,3012', '3016,3020', '3024', '100,104'])]
        if r.random() < 0.5:
            args += ['-R', ','.join(r.sample(['ax', 'bx', 'cx', 'dx', 'sp'], r.randint(1, 3)))]
        if r.random() < 0.3:
            args.append('-C')
        if locks and r.random() < 0.2:
            args += ['-H', str(r.randint(3, 10))]
        if r.random() < 0.75:
            args.append('-c')
        cases.append((args, [prog]))
    return cases


CASES = {
    'threads-intro/x86.py': lambda r: x86_cases(r, False),
    'threads-locks/x86.py': lambda r: x86_cases(r, True),
    'cpu-sched-multi/multi.py': multi_cases,
    'cpu-sched-lottery/lottery.py': lottery_cases,
    'cpu-sched-mlfq/mlfq.py': mlfq_cases,
    'cpu-intro/process-run.py': process_run_cases,
    'cpu-api/fork.py': fork_cases,
    'cpu-sched/scheduler.py': scheduler_cases,
}


# ---------------------------------------------------------------------------- running

def run_case(tools_dir, tool, args, files):
    scratch = tempfile.mkdtemp(prefix='ostep-golden-')
    try:
        for name in files:
            shutil.copy(os.path.join(PROGRAMS, name), os.path.join(scratch, name))
        env = dict(os.environ, PYTHONIOENCODING='utf-8', PYTHONHASHSEED='0')
        env.pop('COLUMNS', None)
        try:
            p = subprocess.run([sys.executable, os.path.join(tools_dir, tool)] + args, cwd=scratch,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, timeout=60)
        except subprocess.TimeoutExpired:
            return None  # the tool runs without end here (the ports stop at a limit): no golden case
        stdout = p.stdout.decode('utf-8')
        # x86.py -S measures its emulation rate with the process clock; the ports print n/a there.
        stdout = re.sub(r'STATS:: Emulation Rate  [0-9.]+ kinst/sec', 'STATS:: Emulation Rate  n/a kinst/sec', stdout)
        return p.returncode, stdout
    finally:
        shutil.rmtree(scratch)


def write_golden(tools_dir, tool):
    r = random.Random(26 + TOOLS.index(tool))
    out = []
    for args, files in CASES[tool](r):
        result = run_case(tools_dir, tool, args, files)
        if result is None:
            print('  skipped (the tool does not finish):', ' '.join(args))
            continue
        code, stdout = result
        if (code, stdout) != run_case(tools_dir, tool, args, files):
            sys.exit('%s %s prints something else each time; golden cases must be repeatable' % (tool, args))
        assert MARK not in stdout, (tool, args)
        out.append(MARK + 'case\n')
        for a in args:
            out.append(MARK + 'arg ' + json.dumps(a) + '\n')
        for f in files:
            out.append(MARK + 'file ' + f + '\n')
        out.append(MARK + 'exit ' + str(code) + '\n')
        out.append(MARK + 'stdout\n' + stdout + '\n' + MARK + 'end\n')
    os.makedirs(GOLDEN, exist_ok=True)
    with open(os.path.join(GOLDEN, golden_name(tool)), 'w', encoding='utf-8', newline='\n') as f:
        f.write(''.join(out))
    print('%-32s %4d cases' % (tool, sum(1 for line in out if line == MARK + 'case\n')))


def java_string(s):
    return json.dumps(s, ensure_ascii=True)


def write_help(tools_dir):
    lines = ['package org.timeslice.model.ostep.tool;', '',
             '/**',
             ' * What each OSTEP tool prints for {@code -h}: optparse\'s help for its options, at 78 columns (the',
             ' * width optparse uses when standard output is not a terminal). Generated by',
             ' * {@code src/test/resources/ostep/regenerate.py} from the tools themselves; do not edit.',
             ' */',
             'final class OstepHelp {',
             '  private OstepHelp() {}', '',
             '  /** The help text of {@code tool} (its path, e.g. {@code cpu-sched/scheduler.py}). */',
             '  static String text(String tool) {',
             '    switch (tool) {']
    for tool in TOOLS:
        code, stdout = run_case(tools_dir, tool, ['-h'], {})
        assert code == 0, tool
        lines.append('      case ' + java_string(tool) + ':')
        chunks = [stdout[k:k + 90] for k in range(0, len(stdout), 90)]
        lines.append('        return ' + ('\n            + '.join(java_string(c) for c in chunks)) + ';')
    lines += ['      default:', '        throw new IllegalArgumentException("no help for " + tool);',
              '    }', '  }', '}', '']
    with open(HELP_JAVA, 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(lines))


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        sys.exit(2)
    tools_dir = sys.argv[1]
    wanted = sys.argv[2:] or [t for t in TOOLS if t in CASES]
    write_help(tools_dir)
    for tool in wanted:
        write_golden(tools_dir, tool)


if __name__ == '__main__':
    main()
